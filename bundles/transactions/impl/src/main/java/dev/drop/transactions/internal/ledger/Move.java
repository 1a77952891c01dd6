package dev.drop.transactions.internal.ledger;

import dev.drop.transactions.internal.persistence.TransferRow;

/**
 * One transfer of a chain about to be written, with what it changes on each side (posted and pending, in minor
 * units; positive adds) and whether it is a new debit.
 */
record Move(int index, TransferRow row, long posted, long pending, boolean newDebit) {
}
