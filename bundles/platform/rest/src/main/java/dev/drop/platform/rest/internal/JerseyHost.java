package dev.drop.platform.rest.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one generation of the API serving and replaces it when modules come and go: a new one is built and
 * initialised beside the old one, swapped in atomically, and the old one is destroyed only after its last request
 * has finished. (Reloading a Jersey application in place fails in-flight requests.) A generation is a Jersey
 * application per route prefix ({@link ApiApplications}); the new one takes over the unchanged ones of the old.
 *
 * <p>The host lives as long as its component ({@link #open}, {@link #close}) and serves while the servlet container
 * keeps the API servlet initialised ({@link #startServing}, {@link #stopServing}), which may happen more than once:
 * a container restarting its servlet context destroys and initialises the same servlet again. Every change of
 * state runs on the host's one thread, so a rebuild never races a stop (the fields without {@code volatile} are
 * that thread's alone). Until the first generation is built, requests get no container (the servlet answers 503).
 */
final class JerseyHost {

    private static final Logger LOG = LoggerFactory.getLogger(JerseyHost.class);
    /** A rebuild waits until contributions have been quiet this long... */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(60);
    /** ...but no longer than this after the first change it waits for: routes must not stay away during a busy boot. */
    private static final long LONGEST_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(600);
    private static final long DRAIN_POLL_MILLIS = 50;
    private static final long DRAIN_TIMEOUT_MILLIS = 60_000;
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long LONGEST_RETRY_MILLIS = 30_000;
    private static final long STOP_PATIENCE_MILLIS = 10_000;

    /** Whether Jersey can be used at all now. */
    interface Readiness {
        boolean now();
    }

    private final ApplicationFactory applications;
    private final ContributionSource contributions;
    private final Readiness jerseyReady;
    private final RouteTable routes;
    private final AtomicReference<LiveContainer> current = new AtomicReference<>();
    private final Set<LiveContainer> retiring = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    private volatile long firstChangeNanos;
    private volatile long lastChangeNanos;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drop-api-host");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean serving;
    private long generation;
    private ScheduledFuture<?> retry;
    private boolean waitingForJersey;
    private volatile CountDownLatch built = new CountDownLatch(1);

    JerseyHost(ApplicationFactory applications, RouteTable routes, ContributionSource contributions, Readiness jerseyReady) {
        this.applications = applications;
        this.routes = routes;
        this.contributions = contributions;
        this.jerseyReady = jerseyReady;
    }

    /** Starts collecting the resources and extensions modules publish. */
    void open() {
        contributions.open(this::contributionsChanged);
    }

    /**
     * Serves from now on, until {@link #stopServing}; called when the servlet is initialised. Waits up to
     * {@code patience} for the first application; one not built by then (or whose build failed) keeps being tried.
     */
    void startServing(Duration patience) throws InterruptedException {
        CountDownLatch firstBuilt = new CountDownLatch(1);
        built = firstBuilt;
        try {
            executor.execute(() -> {
                serving = true;
                build(1);
            });
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the API host is closed", e);
        }
        if (!firstBuilt.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("the API is not serving after {} ms; requests are answered 503 until it is", patience.toMillis());
        }
    }

    /** Stops serving: requests get no container until the next {@link #startServing}. */
    void stopServing() {
        try {
            executor.submit(this::retireCurrent).get(STOP_PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("the API host is already closed");
        } catch (ExecutionException e) {
            LOG.error("the API could not stop cleanly", e.getCause());
        } catch (TimeoutException e) {
            LOG.warn("the API host was busy for {} ms; it stops serving once it is free", STOP_PATIENCE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops serving for good and destroys every application still alive. */
    void close() {
        contributions.close();
        stopServing();
        executor.shutdownNow();
        try {
            executor.awaitTermination(DRAIN_POLL_MILLIS * 20, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Set<JerseyAdapter> alive = Collections.newSetFromMap(new IdentityHashMap<>());
        for (LiveContainer old : retiring) {
            if (retiring.remove(old)) {
                alive.addAll(old.applications().all());
            }
        }
        alive.forEach(JerseyAdapter::destroy);
    }

    /** The container to serve a request with, counted in; {@code null} while none is serving. */
    LiveContainer enter() {
        while (true) {
            LiveContainer live = current.get();
            if (live == null || live.tryEnter()) {
                return live;
            }
        }
    }

    /**
     * Schedules one rebuild for a burst of changes: a feature install registers several services at once, and at boot
     * the modules' components come up one after another for seconds. Each build takes a tenth of a second or more of
     * the same two cores the modules start on, so one build for a burst is what brings the API up soonest.
     */
    private void contributionsChanged() {
        long now = System.nanoTime();
        lastChangeNanos = now;
        if (serving && rebuildPending.compareAndSet(false, true)) {
            firstChangeNanos = now;
            scheduleBuild(QUIET_NANOS);
        }
    }

    private void scheduleBuild(long delayNanos) {
        try {
            executor.schedule(this::buildWhenQuiet, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("the API host is closed; contribution change ignored");
        }
    }

    private void buildWhenQuiet() {
        long now = System.nanoTime();
        long quietFor = now - lastChangeNanos;
        if (quietFor < QUIET_NANOS && now - firstChangeNanos < LONGEST_WAIT_NANOS) {
            scheduleBuild(Math.min(QUIET_NANOS - quietFor, LONGEST_WAIT_NANOS - (now - firstChangeNanos)));
            return;
        }
        build(1);
    }

    /**
     * Builds an application from the contributions present now. One that fails is tried again after a pause that
     * grows with each attempt, until a build succeeds or a newer change supersedes it: a module's bundle that was
     * being refreshed during the build must not leave its routes, or the whole API at boot, missing for good.
     */
    private void build(int attempt) {
        rebuildPending.set(false);
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
        if (!serving) {
            return;
        }
        if (!jerseyReady.now()) {
            if (!waitingForJersey) {
                LOG.info("Jersey is not running; the API is built when it is");
                waitingForJersey = true;
            }
            retry(attempt, FIRST_RETRY_MILLIS);
            return;
        }
        waitingForJersey = false;
        try {
            rebuild();
        } catch (RuntimeException | LinkageError e) { // a class missing while a module's bundle is refreshed
            LiveContainer live = current.get();
            LOG.error("the API could not be built (attempt {}); {}", attempt,
                    live == null ? "nothing is serving" : "generation " + live.generation() + " keeps serving", e);
            retry(attempt + 1, Math.min(LONGEST_RETRY_MILLIS, FIRST_RETRY_MILLIS << Math.min(attempt - 1, 10)));
        }
    }

    private void retry(int attempt, long pause) {
        try {
            retry = executor.schedule(() -> build(attempt), pause, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("the API host is closed; no further attempt");
        }
    }

    private void rebuild() {
        long begun = System.nanoTime();
        ApplicationFactory.Api api = applications.create(contributions.snapshot());
        LiveContainer serving = current.get();
        ApiApplications previousApplications = serving == null ? null : serving.applications();
        ApiApplications next = ApiApplications.build(api.parts(), applications::config, previousApplications);
        applications.serving(api);
        LiveContainer fresh = new LiveContainer(next, ++generation);
        LiveContainer previous = current.getAndSet(fresh);
        routes.serving(api.paths(), api.serviceIds());
        LOG.info("API generation {} serving after {} ms ({} of its {} applications built anew)", fresh.generation(),
                (System.nanoTime() - begun) / 1_000_000, next.builtSince(previousApplications), next.all().size());
        built.countDown();
        retire(previous);
    }

    private Void retireCurrent() {
        serving = false;
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
        routes.serving(Set.of(), Set.of());
        LiveContainer last = current.getAndSet(null);
        if (last != null) {
            LOG.info("API generation {} stops serving", last.generation());
        }
        retire(last);
        return null;
    }

    private void retire(LiveContainer old) {
        if (old != null) {
            old.retire();
            retiring.add(old);
            destroyWhenDrained(old, System.currentTimeMillis() + DRAIN_TIMEOUT_MILLIS);
        }
    }

    /** Destroys the applications of a drained generation that neither the one serving nor another retiring one holds. */
    private void destroyUnshared(LiveContainer old) {
        Set<JerseyAdapter> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        LiveContainer live = current.get();
        if (live != null) {
            kept.addAll(live.applications().all());
        }
        retiring.forEach(other -> kept.addAll(other.applications().all()));
        int destroyed = 0;
        for (JerseyAdapter jersey : old.applications().all()) {
            if (!kept.contains(jersey)) {
                jersey.destroy();
                destroyed++;
            }
        }
        LOG.debug("API generation {} destroyed ({} applications)", old.generation(), destroyed);
    }

    private void destroyWhenDrained(LiveContainer old, long deadline) {
        boolean drained = old.isDrained();
        if (drained || System.currentTimeMillis() > deadline) {
            if (!drained) {
                LOG.warn("API generation {} still has requests after {} ms; destroying it", old.generation(),
                        DRAIN_TIMEOUT_MILLIS);
            }
            if (retiring.remove(old)) {
                destroyUnshared(old);
            }
            return;
        }
        executor.schedule(() -> destroyWhenDrained(old, deadline), DRAIN_POLL_MILLIS, TimeUnit.MILLISECONDS);
    }
}
