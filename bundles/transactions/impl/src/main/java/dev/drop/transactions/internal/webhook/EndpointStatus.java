package dev.drop.transactions.internal.webhook;

/** Whether an endpoint receives: ACTIVE, DISABLED (failing for days) or DELETED (by its merchant, kept for history). */
enum EndpointStatus {
    ACTIVE, DISABLED, DELETED
}
