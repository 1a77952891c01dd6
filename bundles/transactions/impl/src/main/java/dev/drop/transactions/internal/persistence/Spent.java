package dev.drop.transactions.internal.persistence;

/** What was sent in one window: the total in minor units and how many transfers and payouts. */
public record Spent(long total, int sent) {
}
