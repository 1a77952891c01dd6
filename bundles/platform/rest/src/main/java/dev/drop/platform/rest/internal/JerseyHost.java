package dev.drop.platform.rest.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one live Jersey application serving and replaces it when modules come and go: a new one is built and
 * initialised beside the old one, swapped in atomically, and the old one is destroyed only after its last request
 * has finished. (Reloading an application in place fails in-flight requests.)
 */
final class JerseyHost {

    private static final Logger LOG = LoggerFactory.getLogger(JerseyHost.class);
    private static final long DEBOUNCE_MILLIS = 20;
    private static final long DRAIN_POLL_MILLIS = 50;
    private static final long DRAIN_TIMEOUT_MILLIS = 60_000;
    private static final Duration JERSEY_START_TIMEOUT = Duration.ofSeconds(60);

    private final ApplicationFactory applications;
    private final ContributionTracker contributions;
    private final RouteTable routes;
    private final AtomicReference<LiveContainer> current = new AtomicReference<>();
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    private final BundleContext context;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drop-api-host");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean started;
    private long generation;

    JerseyHost(ApplicationFactory applications, RouteTable routes, BundleContext context) {
        this.applications = applications;
        this.routes = routes;
        this.context = context;
        this.contributions = new ContributionTracker(context, this::contributionsChanged);
    }

    /** Starts collecting the resources and extensions modules publish. */
    void open() {
        contributions.open();
    }

    /** Builds the first application; called when the servlet is initialised. */
    void start() throws InterruptedException, ExecutionException {
        JerseyStarted.await(context, JERSEY_START_TIMEOUT);
        started = true;
        executor.submit(this::rebuild).get();
    }

    /** Schedules one rebuild for a burst of changes (a feature install registers several services at once). */
    private void contributionsChanged() {
        if (started && rebuildPending.compareAndSet(false, true)) {
            executor.schedule(this::rebuildKeepingOldOnFailure, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** The container to serve a request with, counted in; {@code null} before the first one is ready. */
    LiveContainer enter() {
        while (true) {
            LiveContainer live = current.get();
            if (live == null || live.tryEnter()) {
                return live;
            }
        }
    }

    void stop() {
        contributions.close();
        executor.shutdownNow();
        LiveContainer last = current.getAndSet(null);
        if (last != null) {
            last.retire();
            last.jersey().destroy();
        }
    }

    private void rebuildKeepingOldOnFailure() {
        try {
            rebuild();
        } catch (RuntimeException e) {
            LiveContainer serving = current.get();
            LOG.error("the API could not be rebuilt after a module change; generation {} keeps serving",
                    serving == null ? "none" : serving.generation(), e);
        }
    }

    private Void rebuild() {
        rebuildPending.set(false);
        long begun = System.nanoTime();
        ApplicationFactory.Api api = applications.create(contributions.snapshot());
        LiveContainer fresh = new LiveContainer(new JerseyAdapter(api.config()), ++generation);
        LiveContainer previous = current.getAndSet(fresh);
        routes.serving(api.paths(), api.serviceIds());
        LOG.info("API generation {} serving after {} ms", fresh.generation(), (System.nanoTime() - begun) / 1_000_000);
        if (previous != null) {
            previous.retire();
            retireWhenDrained(previous, System.currentTimeMillis() + DRAIN_TIMEOUT_MILLIS);
        }
        return null;
    }

    private void retireWhenDrained(LiveContainer old, long deadline) {
        boolean drained = old.isDrained();
        if (drained || System.currentTimeMillis() > deadline) {
            if (!drained) {
                LOG.warn("API generation {} still has requests after {} ms; destroying it", old.generation(),
                        DRAIN_TIMEOUT_MILLIS);
            }
            old.jersey().destroy();
            LOG.debug("API generation {} destroyed", old.generation());
            return;
        }
        executor.schedule(() -> retireWhenDrained(old, deadline), DRAIN_POLL_MILLIS,
                TimeUnit.MILLISECONDS);
    }
}
