package dev.drop.platform.core.internal.persistence;

import dev.drop.platform.event.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code platform.outbox_event}. */
public record EventRow(long seq, UUID id, String module, String type, String aggregateType, String aggregateId,
                       Instant occurredAt, String payload) {

    public DomainEvent event() {
        return new DomainEvent(id, module, type, aggregateType, aggregateId, occurredAt, payload);
    }
}
