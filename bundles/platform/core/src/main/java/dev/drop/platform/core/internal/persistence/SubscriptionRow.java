package dev.drop.platform.core.internal.persistence;

import java.time.Instant;

/** A durable subscription: {@code eventTypes} is a comma-separated list of patterns. */
public record SubscriptionRow(String subscriber, String eventTypes, Instant createdAt) {
}
