package dev.drop.transactions.internal.persistence;

/** What was sent in one window of an owner: the total in minor units and how many transfers and payouts. */
public record Spent(String ownerKey, long total, int sent) {
}
