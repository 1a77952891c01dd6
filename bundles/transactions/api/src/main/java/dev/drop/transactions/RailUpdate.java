package dev.drop.transactions;

import java.util.Objects;
import java.util.UUID;

/**
 * What a bank's callback says happened to one payment.
 *
 * @param messageId the bank's id of the message, unique per callback: a replay carries the same id
 * @param reference Drop's reference of the top-up or payout
 * @param reason    why it failed or came back, in plain words; else null
 */
public record RailUpdate(String messageId, UUID reference, RailEvent event, String reason) {

    public RailUpdate {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(event, "event");
    }
}
