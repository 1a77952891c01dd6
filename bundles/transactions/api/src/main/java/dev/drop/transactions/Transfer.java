package dev.drop.transactions;

import dev.drop.platform.money.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A transfer as the ledger keeps it: immutable, never updated or deleted; a correction is another transfer.
 *
 * @param amount    what it posted or reserved (zero for a void or expiry)
 * @param released  for a post, void or expiry: how much of the pending transfer it released without posting
 * @param pendingId the pending transfer a post, void or expiry acts on, else null
 * @param timeoutAt when a pending transfer expires if not posted or voided; null for never
 * @param chainId   the linked chain it was posted in (all of a chain succeed or none)
 * @param code      what it is for, e.g. {@code p2p}, {@code topup}, {@code payout}, {@code fee}
 */
public record Transfer(UUID id, TransferKind kind, UUID debitAccountId, UUID creditAccountId, Money amount, long released,
                       UUID pendingId, Instant timeoutAt, UUID chainId, String code, String description,
                       Instant createdAt) {

    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
    }
}
