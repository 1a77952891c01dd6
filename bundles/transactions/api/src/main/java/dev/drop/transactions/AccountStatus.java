package dev.drop.transactions;

/** Whether money may move on an account. */
public enum AccountStatus {
    ACTIVE,
    /** No new debits (money may still come in, and holds may be posted or released); an operator can undo it. */
    FROZEN,
    /** Nothing moves any more; final. */
    CLOSED
}
