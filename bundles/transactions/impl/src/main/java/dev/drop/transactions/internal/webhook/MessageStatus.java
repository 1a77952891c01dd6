package dev.drop.transactions.internal.webhook;

/** A message waits (PENDING) until it is DELIVERED, or FAILED once every retry is spent or its endpoint went. */
enum MessageStatus {
    PENDING, DELIVERED, FAILED
}
