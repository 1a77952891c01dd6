package dev.drop.transactions;

import dev.drop.platform.money.Money;
import java.util.Objects;
import java.util.UUID;

/**
 * What is screened: who sends, who receives, how much and why.
 *
 * @param reference the remittance's id: the same every time it is asked about
 * @param amount    what the recipient is to receive
 */
public record ScreeningRequest(UUID reference, Party sender, Party recipient, Money sourceAmount, Money amount,
                               String purpose) {

    public ScreeningRequest {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * A party to a payment as far as Drop knows them.
     *
     * @param id      a Drop user's id for the sender; null for an outside recipient
     * @param iban    the recipient's account; null for the sender
     * @param country ISO 3166-1 alpha-2
     */
    public record Party(String id, String name, String email, String iban, String country, String address) {
    }
}
