package dev.drop.platform.core.internal.idempotency;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forgets idempotency keys whose retention is over, every ten minutes; any node may, it is one DELETE. */
@Component(immediate = true)
public final class IdempotencyJanitor {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyJanitor.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "drop-idempotency-janitor");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public IdempotencyJanitor(@Reference StoredIdempotency keys) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                int forgotten = keys.forgetExpired();
                if (forgotten > 0) {
                    LOG.info("forgot {} expired idempotency keys", forgotten);
                }
            } catch (RuntimeException e) {
                LOG.warn("could not forget expired idempotency keys; trying again later", e);
            }
        }, 1, 10, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
