package dev.drop.auth.internal.session;

import dev.drop.auth.internal.persistence.SessionMapper;
import dev.drop.platform.db.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sessions revoked recently enough that access tokens of theirs may still be unexpired, kept in memory so every
 * request can be checked without a query. Reloaded from the database every two seconds, so a logout on one node
 * is honoured by all.
 */
final class RevokedSessions {

    private static final Logger LOG = LoggerFactory.getLogger(RevokedSessions.class);
    private static final long RELOAD_MILLIS = 2000;

    private final Transactions transactions;
    private final Duration window;
    private final ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drop-auth-revocations");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Set<UUID> loaded = Set.of();
    private final Set<UUID> addedHere = ConcurrentHashMap.newKeySet();

    RevokedSessions(Transactions transactions, Duration window) {
        this.transactions = transactions;
        this.window = window;
    }

    void start() {
        reload();
        reloader.scheduleWithFixedDelay(this::reloadLogging, RELOAD_MILLIS, RELOAD_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop() {
        reloader.shutdownNow();
    }

    void add(UUID session) {
        addedHere.add(session);
    }

    boolean contains(UUID session) {
        return loaded.contains(session) || addedHere.contains(session);
    }

    private void reloadLogging() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.warn("revoked sessions could not be reloaded; keeping the last known ones: {}", e.getMessage());
        }
    }

    private void reload() {
        Instant since = Instant.now().minus(window);
        Set<UUID> fresh = Set.copyOf(transactions.read(db -> db.getMapper(SessionMapper.class).revokedSince(since)));
        loaded = fresh;
        addedHere.removeIf(fresh::contains);
    }
}
