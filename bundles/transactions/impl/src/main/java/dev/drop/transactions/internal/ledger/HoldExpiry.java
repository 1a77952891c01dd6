package dev.drop.transactions.internal.ledger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases holds whose timeout passed, every second, on every node: each node locks the holds it releases and skips
 * those another node holds, and a hold is closed by one transfer only, so each is released exactly once.
 */
@Component(immediate = true)
public final class HoldExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(HoldExpiry.class);
    private static final int BATCH = 200;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "drop-hold-expiry");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public HoldExpiry(@Reference StoredLedger ledger) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                int released;
                do {
                    released = ledger.expireDue(BATCH).size();
                    if (released > 0) {
                        LOG.info("released {} expired holds", released);
                    }
                } while (released == BATCH);
            } catch (RuntimeException e) {
                LOG.warn("could not release expired holds; trying again in a second", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
