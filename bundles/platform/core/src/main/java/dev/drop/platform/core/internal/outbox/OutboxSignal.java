package dev.drop.platform.core.internal.outbox;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Component;

/** Wakes this node's dispatcher when a transaction that appended events has committed. */
@Component(service = OutboxSignal.class)
public final class OutboxSignal {

    private final Semaphore committed = new Semaphore(0);

    void eventsCommitted() {
        if (committed.availablePermits() == 0) {
            committed.release();
        }
    }

    /** Waits until events were committed or the timeout passed; either way the dispatcher looks again. */
    void awaitEvents(long timeoutMillis) throws InterruptedException {
        committed.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        committed.drainPermits();
    }
}
