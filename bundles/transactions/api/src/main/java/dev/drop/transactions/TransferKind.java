package dev.drop.transactions;

/** How a transfer moves money: at once, or in two phases (a hold, later posted, voided or expired). */
public enum TransferKind {
    /** Moves posted money at once. */
    POSTED,
    /** Reserves money (a hold): pending debit and credit, until posted, voided or expired. */
    PENDING,
    /** Posts all or part of a pending transfer; the last post releases what was not posted. */
    POST,
    /** Releases a pending transfer without moving money. */
    VOID,
    /** Releases a pending transfer whose timeout passed; written by the ledger itself. */
    EXPIRY
}
