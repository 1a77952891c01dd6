package dev.drop.platform.core.internal.persistence;

import java.time.Instant;

/** What the outbox still owes one subscriber: how many events, how many of them failed before, the oldest's time. */
public record BacklogRow(String subscriber, long pending, long retrying, Instant oldest) {
}
