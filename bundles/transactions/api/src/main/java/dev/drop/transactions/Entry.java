package dev.drop.transactions;

import dev.drop.platform.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A line of an account's statement: one transfer as it touched the account.
 *
 * @param debit           whether the account is the transfer's debit side (money out, or reserved) or its credit side
 * @param change          the posted balance's change: positive money in, negative money out, zero for a hold
 * @param pendingChange   the change of the account's pending money on its side: reserved by holds (debit side) or on
 *                        its way in (credit side)
 * @param balanceAfter    the posted balance right after the transfer
 * @param availableAfter  what could be spent right after the transfer
 * @param counterpartyId  the account on the other side of the transfer
 */
public record Entry(long seq, UUID accountId, UUID transferId, TransferKind kind, String code, String description,
                    boolean debit, UUID counterpartyId, Money change, Money pendingChange, Money balanceAfter, Money availableAfter,
                    Instant at) {
}
