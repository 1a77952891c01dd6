package dev.drop.platform.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Creates events with a fresh id and the current time. */
public final class DomainEvents {

    private DomainEvents() {
    }

    public static DomainEvent create(String module, String type, String aggregateType, String aggregateId, String payload) {
        return new DomainEvent(UUID.randomUUID(), module, type, aggregateType, aggregateId,
                Instant.now().truncatedTo(ChronoUnit.MICROS), payload);
    }
}
