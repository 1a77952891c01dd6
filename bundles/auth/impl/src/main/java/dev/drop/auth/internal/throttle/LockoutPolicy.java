package dev.drop.auth.internal.throttle;

import dev.drop.auth.internal.persistence.ThrottleRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Growing temporary lockouts, as Keycloak's brute-force detection does: after {@code freeFailures} failed sign-ins
 * each further failure locks the key for {@code firstWait}, doubled per failure, at most {@code longestWait}.
 * Failures are forgotten after {@code forgetAfter} without one.
 */
public record LockoutPolicy(int freeFailures, Duration firstWait, Duration longestWait, Duration forgetAfter) {

    public LockoutPolicy {
        if (freeFailures < 1 || firstWait.isNegative() || longestWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("invalid lockout policy");
        }
    }

    /** How long the key is still locked, if it is. */
    public Optional<Duration> remaining(Optional<ThrottleRow> state, Instant now) {
        return state.map(ThrottleRow::lockedUntil).filter(until -> until.isAfter(now)).map(until -> Duration.between(now, until));
    }

    /** The state after one more failure. */
    public ThrottleRow afterFailure(String key, Optional<ThrottleRow> state, Instant now) {
        int earlier = state.filter(row -> row.lastFailureAt().plus(forgetAfter).isAfter(now)).map(ThrottleRow::failures).orElse(0);
        int failures = earlier + 1;
        Instant lockedUntil = null;
        if (failures >= freeFailures) {
            int doublings = Math.min(failures - freeFailures, 30);
            Duration wait = firstWait.multipliedBy(1L << doublings);
            lockedUntil = now.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
        }
        return new ThrottleRow(key, failures, now, lockedUntil);
    }
}
