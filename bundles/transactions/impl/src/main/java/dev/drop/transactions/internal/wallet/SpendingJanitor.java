package dev.drop.transactions.internal.wallet;

import dev.drop.platform.db.Transactions;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.MovementMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forgets the limits' spending windows once no limit reads them (after two days), every hour; any node may. */
@Component(immediate = true)
public final class SpendingJanitor {

    private static final Logger LOG = LoggerFactory.getLogger(SpendingJanitor.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "drop-spending-janitor");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public SpendingJanitor(@Reference LedgerStore store) {
        Transactions transactions = store.transactions();
        timer.scheduleWithFixedDelay(() -> {
            try {
                transactions.run(session -> session.getMapper(MovementMapper.class)
                        .forgetSpending(Instant.now().minus(Duration.ofDays(2))));
            } catch (RuntimeException e) {
                LOG.warn("could not forget old spending windows; trying again in an hour", e);
            }
        }, 5, 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
