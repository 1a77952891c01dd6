package dev.drop.transactions.internal.remit;

/** Where a remittance stands; see the timeline for when and why it got there. */
public enum RemittanceStatus {
    /** Held on the sender's wallet, waiting for the screening service (or its review). */
    SCREENING,
    /** Converted and sent through the rail, waiting for the bank. */
    PROCESSING,
    COMPLETED,
    /** Refused by screening; the hold released. */
    REJECTED,
    /** The bank refused it; everything returned to the sender. */
    FAILED,
    /** By the sender, before it was processed; the hold released. */
    CANCELLED,
    /** It arrived and came back from the recipient's bank; everything returned to the sender. */
    REFUNDED
}
