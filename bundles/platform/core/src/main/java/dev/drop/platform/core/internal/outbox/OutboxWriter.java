package dev.drop.platform.core.internal.outbox;

import dev.drop.platform.core.internal.persistence.DeliveryRow;
import dev.drop.platform.core.internal.persistence.NewEvent;
import dev.drop.platform.core.internal.persistence.OutboxMapper;
import dev.drop.platform.core.internal.persistence.PlatformStore;
import dev.drop.platform.core.internal.persistence.SubscriptionRow;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.event.DomainEvent;
import java.time.Clock;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Stores an event in the caller's transaction together with one delivery row per durable subscription that wants
 * it. The subscriptions are read in the same transaction, so a subscriber registered anywhere is never missed.
 */
@Component
public final class OutboxWriter implements EventOutbox {

    private final Transactions platform;
    private final OutboxSignal signal;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public OutboxWriter(@Reference PlatformStore store, @Reference OutboxSignal signal) {
        this.platform = store.transactions();
        this.signal = signal;
    }

    @Override
    public void append(SqlSession session, DomainEvent event) {
        // the platform's own SQL on the module's connection: one transaction, and no module SQL in our schema
        platform.joined(session, joined -> {
            write(joined.getMapper(OutboxMapper.class), event);
            return null;
        });
        Transactions.afterCommit(signal::eventsCommitted);
    }

    private void write(OutboxMapper outbox, DomainEvent event) {
        NewEvent stored = new NewEvent(event);
        outbox.insertEvent(stored);
        String aggregate = event.aggregateType() + ":" + event.aggregateId();
        for (SubscriptionRow subscription : outbox.subscriptions()) {
            if (EventTypePatterns.parse(subscription.eventTypes()).matches(event.type())) {
                outbox.insertDelivery(new DeliveryRow(subscription.subscriber(), stored.getSeq(), aggregate, 0,
                        clock.instant(), null));
            }
        }
    }
}
