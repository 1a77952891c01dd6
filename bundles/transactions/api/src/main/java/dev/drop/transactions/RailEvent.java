package dev.drop.transactions;

/** What a bank tells of a payment. */
public enum RailEvent {
    TOPUP_SETTLED,
    TOPUP_FAILED,
    PAYOUT_SETTLED,
    PAYOUT_FAILED,
    /** A payout that left came back from the beneficiary's bank (closed account, wrong name, ...). */
    PAYOUT_RETURNED
}
