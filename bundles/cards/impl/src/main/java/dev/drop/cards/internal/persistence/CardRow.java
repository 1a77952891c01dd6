package dev.drop.cards.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code cards.card}: the number only encrypted ({@code panCipher} under {@code panKeyId}) and hashed. */
public record CardRow(UUID id, UUID userId, UUID walletId, String currency, String nickname, String bin, String last4,
                      String panCipher, String panKeyId, String panHash, int expMonth, int expYear, String status,
                      String controls, Instant createdAt, Instant updatedAt, long version) {

    /** The card number as anyone but its owner asking to reveal it sees it: first six and last four digits. */
    public String maskedPan() {
        return bin + "******" + last4;
    }
}
