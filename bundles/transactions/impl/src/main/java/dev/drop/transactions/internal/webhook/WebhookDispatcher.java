package dev.drop.transactions.internal.webhook;

import dev.drop.platform.db.DatabaseKind;
import dev.drop.platform.db.Transactions;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.WebhookMapper;
import dev.drop.transactions.internal.persistence.WebhookMessageRow;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due messages on every node: claims a batch (locked rows skipped, so nodes share the work), leases them
 * for longer than a delivery may take, and hands each to a worker. Woken at once when messages are added, and looks
 * every second for retries that came due.
 */
@Component(service = WebhookDispatcher.class)
public final class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int IN_FLIGHT_PER_WORKER = 4;
    private static final int MAX_CLAIM = 64;

    private final Transactions transactions;
    private final boolean postgres;
    private final WebhookSettings settings;
    private final WebhookDelivery delivery;
    private final ExecutorService workers;
    private final Semaphore free;
    private final Thread loop;
    private final Object signal = new Object();
    private volatile boolean woken;
    private volatile boolean running = true;

    @Activate
    public WebhookDispatcher(@Reference LedgerStore store, @Reference WebhookSettings settings) throws Exception {
        this.transactions = store.transactions();
        this.settings = settings;
        this.postgres = store.kind() == DatabaseKind.POSTGRESQL;
        this.delivery = new WebhookDelivery(transactions, postgres, settings);
        this.workers = Executors.newFixedThreadPool(settings.workers(), runnable -> {
            Thread thread = new Thread(runnable, "drop-webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
        // deliveries wait on the network, not on the CPU: keep a few claimed per worker so none idles between claims
        this.free = new Semaphore(settings.workers() * IN_FLIGHT_PER_WORKER);
        this.loop = new Thread(this::run, "drop-webhook-dispatcher");
        this.loop.setDaemon(true);
        this.loop.start();
    }

    @Deactivate
    void stop() throws Exception {
        running = false;
        wake();
        loop.join(5_000);
        workers.shutdown();
        workers.awaitTermination(settings.requestTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        delivery.close();
    }

    /** New or retried messages are due: look now. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            try {
                List<WebhookMessageRow> claimed = claim();
                for (WebhookMessageRow message : claimed) {
                    workers.execute(() -> {
                        try {
                            delivery.deliver(message);
                        } finally {
                            free.release();
                        }
                    });
                }
                if (claimed.isEmpty()) {
                    await();
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Webhook dispatch failed; trying again in a moment: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    /** Takes as many due messages as there is room for in flight, leased so no other node takes them meanwhile. */
    private List<WebhookMessageRow> claim() throws InterruptedException {
        free.acquire();
        int room = 1;
        while (room < MAX_CLAIM && free.tryAcquire()) {
            room++;
        }
        int capacity = room;
        List<WebhookMessageRow> claimed;
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Instant lease = now.plus(settings.connectTimeout()).plus(settings.requestTimeout()).plusSeconds(30);
            claimed = transactions.inTransaction(db -> {
                WebhookMapper mapper = db.getMapper(WebhookMapper.class);
                if (postgres) {
                    mapper.commitWithoutWaiting();
                }
                List<WebhookMessageRow> due = mapper.claimDue(now, capacity);
                due.forEach(message -> mapper.reschedule(message.id(), lease));
                return due;
            });
        } catch (RuntimeException e) {
            free.release(capacity);
            throw e;
        }
        free.release(capacity - claimed.size());
        return claimed;
    }

    private void await() throws InterruptedException {
        synchronized (signal) {
            if (!woken && running) {
                signal.wait(POLL.toMillis());
            }
            woken = false;
        }
    }

    private void sleepQuietly() {
        synchronized (signal) {
            try {
                signal.wait(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
