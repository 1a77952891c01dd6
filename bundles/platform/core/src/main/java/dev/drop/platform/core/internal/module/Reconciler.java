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
 * on a component's activation thread). A module that failed to come up is tried again only after a while.
 */
final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
    private static final Duration RETRY_FAILED_AFTER = Duration.ofMinutes(5);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drop-module-reconciler");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Instant> lastFailure = new ConcurrentHashMap<>();

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
        Instant failed = lastFailure.get(module);
        return failed == null || failed.plus(RETRY_FAILED_AFTER).isBefore(Instant.now());
    }

    void failed(String module, RuntimeException e) {
        lastFailure.put(module, Instant.now());
        LOG.error("module {} is enabled but cannot start on this node: {}", module, e.getMessage());
    }

    void close() {
        executor.shutdownNow();
    }
}
