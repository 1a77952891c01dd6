package dev.drop.catalog.internal.persistence;

/** How many of a merchant's products are in one status. */
public record StatusCount(String status, int products) {
}
