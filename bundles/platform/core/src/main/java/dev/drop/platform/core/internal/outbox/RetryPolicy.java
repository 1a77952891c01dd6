package dev.drop.platform.core.internal.outbox;

import java.time.Duration;
import java.util.Random;

/**
 * When to try a failed delivery again: exponential backoff from {@code first}, capped at {@code max}, with up to
 * ±20 % jitter so that a crowd of failures does not retry in lockstep.
 */
public final class RetryPolicy {

    private static final double JITTER = 0.2;

    private final Duration first;
    private final Duration max;
    private final Random random;

    public RetryPolicy(Duration first, Duration max, Random random) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max, got " + first + " and " + max);
        }
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /** The wait after the {@code attempt}-th failed attempt (1 for the first failure). */
    public Duration delayAfter(int attempt) {
        double exponential = first.toMillis() * Math.pow(2, Math.min(Math.max(attempt, 1) - 1, 40));
        double capped = Math.min(exponential, max.toMillis());
        double jittered = capped * (1 - JITTER + 2 * JITTER * random.nextDouble());
        return Duration.ofMillis(Math.max(1, Math.round(jittered)));
    }
}
