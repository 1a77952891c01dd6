package dev.drop.transactions.internal.payment;

/** Where a payment stands: paid, then partly or wholly given back. */
public enum PaymentStatus {
    PAID, PARTIALLY_REFUNDED, REFUNDED
}
