package dev.drop.transactions;

/** Where a payment stands at the bank. */
public enum RailStatus {
    /** Accepted and under way; a callback will tell how it ends. */
    PENDING,
    /** Done: the money arrived (top-up) or left for good (payout). */
    SETTLED,
    /** Refused or failed; no money moved. */
    FAILED
}
