package dev.drop.platform.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in a module, told to other modules. Events of one aggregate are delivered in the order
 * they were written; delivery is at least once, so subscribers de-duplicate by {@link #id()}.
 *
 * @param module        the module that wrote the event, e.g. {@code catalog}
 * @param type          what happened, e.g. {@code product.published}
 * @param aggregateType the kind of entity it happened to, e.g. {@code product}
 * @param aggregateId   that entity's id
 * @param payload       the event's data as a JSON object
 */
public record DomainEvent(UUID id, String module, String type, String aggregateType, String aggregateId,
                          Instant occurredAt, String payload) {

    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        payload = payload == null ? "{}" : payload;
    }
}
