package dev.drop.platform.event;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives domain events from the outbox. Register it as an OSGi service. Its subscription is durable: from the
 * first time a subscriber with this {@link #id()} registers, every matching event is kept for it and delivered,
 * also while it is away (its module disabled, the node restarting). Delivery is at least once and in order per
 * aggregate; a handler that throws gets the event again later, with backoff. De-duplicate by
 * {@link DomainEvent#id()}.
 */
@ConsumerType
public interface EventSubscriber {

    /** A stable name for the subscription, e.g. {@code catalog.merchant-status}. */
    String id();

    /** Event types to receive: exact ({@code merchant.approved}), a prefix ({@code merchant.*}) or {@code *}. */
    Set<String> eventTypes();

    void handle(DomainEvent event) throws Exception;
}
