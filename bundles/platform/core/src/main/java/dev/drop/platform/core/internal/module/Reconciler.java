package dev.drop.platform.core.internal.module;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reconciliation at boot and then every few seconds, on its own thread (feature operations must not run
 * on a component's activation thread). A module that failed to come up is tried again after a pause that doubles
 * with each failure (15 s up to 5 min), so a passing fault heals soon and a lasting one does not flood the log.
 */
final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drop-module-reconciler");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant retryAt) {
    }

    /** Starts reconciling; call once {@code modules} is fully constructed. */
    void start(FeatureModules modules, Duration every) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                modules.reconcile();
            } catch (RuntimeException e) {
                LOG.error("reconciling modules with their desired state failed; trying again in {} s", every.toSeconds(), e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean mayRetry(String module) {
        Failures failed = failures.get(module);
        return failed == null || failed.retryAt().isBefore(Instant.now());
    }

    void failed(String module, RuntimeException e) {
        Failures failed = failures.merge(module, new Failures(1, Instant.now().plus(FIRST_RETRY)), (earlier, now) -> {
            Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(earlier.count(), 5));
            return new Failures(earlier.count() + 1, Instant.now().plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause));
        });
        LOG.error("module {} is enabled but cannot start on this node (attempt {}; next try at {}): {}", module, failed.count(),
                failed.retryAt(), e.getMessage());
    }

    void succeeded(String module) {
        failures.remove(module);
    }

    void close() {
        executor.shutdownNow();
    }
}
