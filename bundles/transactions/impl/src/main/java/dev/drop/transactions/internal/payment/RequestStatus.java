package dev.drop.transactions.internal.payment;

/** Where a payment request stands; EXPIRED is never stored, it is an OPEN one past its time. */
public enum RequestStatus {
    OPEN, PAID, CANCELLED, EXPIRED
}
