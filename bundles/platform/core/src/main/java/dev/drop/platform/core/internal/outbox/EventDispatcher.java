package dev.drop.platform.core.internal.outbox;

import dev.drop.platform.core.internal.persistence.DeliveryRow;
import dev.drop.platform.core.internal.persistence.EventRow;
import dev.drop.platform.core.internal.persistence.OutboxMapper;
import dev.drop.platform.core.internal.persistence.PlatformStore;
import dev.drop.platform.core.internal.persistence.SubscriptionRow;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.event.EventSubscriber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers owed events to the subscribers registered on this node: woken when a local transaction commits events,
 * and polling for those committed on other nodes. Each batch is one transaction whose delivery rows are locked
 * (other nodes skip them) and deleted once the subscriber returned: at least once, in order per aggregate.
 */
@Component(configurationPid = "dev.drop.platform.events", immediate = true)
@Designate(ocd = EventDispatcher.Config.class)
public final class EventDispatcher {

    @ObjectClassDefinition(name = "Drop event dispatcher")
    public @interface Config {
        @AttributeDefinition(description = "Longest wait, in ms, before looking for events committed elsewhere.")
        long pollMillis() default 100;

        @AttributeDefinition(description = "Deliveries per subscriber per transaction.")
        int batchSize() default 100;

        @AttributeDefinition(description = "Wait before the first retry of a failed delivery, in ms; doubles per failure.")
        long retryFirstMillis() default 1000;

        @AttributeDefinition(description = "Longest wait between retries, in ms.")
        long retryMaxMillis() default 600_000;

        @AttributeDefinition(description = "Days delivered events are kept.")
        int retentionDays() default 7;
    }

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    private static final Pattern SUBSCRIBER_ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);

    private final Map<String, EventSubscriber> subscribers = new ConcurrentHashMap<>();
    private final Transactions transactions;
    private final OutboxSignal signal;
    private final Config config;
    private final RetryPolicy retry;
    private final Clock clock = Clock.systemUTC();
    private final Thread worker;
    private volatile boolean running = true;
    private Instant nextCleanup;

    @Activate
    public EventDispatcher(Config config, @Reference PlatformStore store, @Reference OutboxSignal signal) {
        this.config = config;
        this.transactions = store.transactions();
        this.signal = signal;
        this.retry = new RetryPolicy(Duration.ofMillis(config.retryFirstMillis()), Duration.ofMillis(config.retryMaxMillis()),
                new Random());
        this.nextCleanup = clock.instant().plus(CLEANUP_EVERY);
        this.worker = new Thread(this::run, "drop-event-dispatcher");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(10_000);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSubscriber(EventSubscriber subscriber) {
        if (!SUBSCRIBER_ID.matcher(subscriber.id()).matches() || subscriber.id().length() > 100) {
            LOG.error("ignoring event subscriber '{}' ({}): ids are lower case words joined by . or -", subscriber.id(),
                    subscriber.getClass().getName());
            return;
        }
        subscribeDurably(subscriber);
        subscribers.put(subscriber.id(), subscriber);
        signal.eventsCommitted();
    }

    void removeSubscriber(EventSubscriber subscriber) {
        subscribers.remove(subscriber.id(), subscriber);
    }

    private void subscribeDurably(EventSubscriber subscriber) {
        String types = EventTypePatterns.of(subscriber.eventTypes()).stored();
        transactions.run(session -> {
            OutboxMapper outbox = session.getMapper(OutboxMapper.class);
            SubscriptionRow row = new SubscriptionRow(subscriber.id(), types, clock.instant());
            if (outbox.updateSubscription(row) == 0) {
                outbox.insertSubscription(row);
            }
        });
    }

    private void run() {
        while (running) {
            try {
                boolean busy = false;
                for (EventSubscriber subscriber : subscribers.values()) {
                    busy |= dispatch(subscriber);
                }
                cleanUpNowAndThen();
                if (!busy) {
                    signal.awaitEvents(config.pollMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("event dispatch failed; trying again in {} ms", config.pollMillis(), e);
                pause();
            }
        }
    }

    /** Delivers one batch; true when there may be more to do right away. */
    boolean dispatch(EventSubscriber subscriber) {
        return transactions.inTransaction(session -> {
            OutboxMapper outbox = session.getMapper(OutboxMapper.class);
            Instant now = clock.instant();
            List<DeliveryRow> due = outbox.lockDue(subscriber.id(), now, config.batchSize());
            if (due.isEmpty()) {
                return false;
            }
            Map<Long, EventRow> events = outbox.events(due.stream().map(DeliveryRow::seq).toList()).stream()
                    .collect(Collectors.toMap(EventRow::seq, Function.identity()));
            boolean delivered = false;
            for (DeliveryRow delivery : due) {
                EventRow event = events.get(delivery.seq());
                try {
                    subscriber.handle(event.event());
                    outbox.delivered(subscriber.id(), delivery.seq());
                    delivered = true;
                } catch (Exception | LinkageError e) {
                    int attempts = delivery.attempts() + 1;
                    Duration wait = retry.delayAfter(attempts);
                    LOG.warn("subscriber {} failed on event {} ({}) for the {}. time; retrying in {} ms", subscriber.id(),
                            event.id(), event.type(), attempts, wait.toMillis(), e);
                    outbox.retryLater(new DeliveryRow(subscriber.id(), delivery.seq(), delivery.aggregateKey(), attempts,
                            now.plus(wait), String.valueOf(e).substring(0, Math.min(2000, String.valueOf(e).length()))));
                }
            }
            return delivered;
        });
    }

    private void cleanUpNowAndThen() {
        Instant now = clock.instant();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(CLEANUP_EVERY);
        int removed = transactions.inTransaction(session ->
                session.getMapper(OutboxMapper.class).deleteSettled(now.minus(Duration.ofDays(config.retentionDays()))));
        if (removed > 0) {
            LOG.info("removed {} delivered events older than {} days", removed, config.retentionDays());
        }
    }

    private void pause() {
        try {
            signal.awaitEvents(config.pollMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
