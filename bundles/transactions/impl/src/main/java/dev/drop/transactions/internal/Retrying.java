package dev.drop.transactions.internal;

import dev.drop.platform.db.SqlFailures;
import java.util.function.Supplier;

/**
 * Runs database work again when it failed for a passing reason: a serialization failure or deadlock (which the
 * ledger's lock order should make impossible), or a connection lost while the database restarts. Bounded: the third
 * failure is the caller's. Only for work that is safe to repeat (idempotent requests, transfers with their own ids).
 */
public final class Retrying {

    private static final long[] PAUSES_MILLIS = {50, 250, 1000};

    private Retrying() {
    }

    public static <T> T transiently(Supplier<T> work) {
        for (int attempt = 0; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failure) {
                if (attempt >= PAUSES_MILLIS.length || !SqlFailures.isTransient(failure)) {
                    throw failure;
                }
                pause(PAUSES_MILLIS[attempt], failure);
            }
        }
    }

    private static void pause(long millis, RuntimeException failure) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
