package dev.drop.auth.internal.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drop.auth.internal.persistence.ThrottleRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(12));
    private final Instant start = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theFirstFailuresAreFreeThenLockoutsDoubleUpToTheLongest() {
        Optional<ThrottleRow> state = Optional.empty();
        Instant now = start;
        for (int failure = 1; failure <= 4; failure++) {
            state = Optional.of(policy.afterFailure("email:x", state, now));
            assertThat(policy.remaining(state, now)).isEmpty();
        }
        Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
            Duration.ofMinutes(15), Duration.ofMinutes(15)};
        for (Duration wait : expected) {
            state = Optional.of(policy.afterFailure("email:x", state, now));
            assertThat(policy.remaining(state, now)).contains(wait);
            assertThat(policy.remaining(state, now.plus(wait))).isEmpty();
            now = now.plus(wait);
        }
    }

    @Test
    void failuresLongAgoAreForgotten() {
        ThrottleRow old = new ThrottleRow("email:x", 9, start, start.plusSeconds(900));
        ThrottleRow next = policy.afterFailure("email:x", Optional.of(old), start.plus(Duration.ofHours(13)));
        assertThat(next.failures()).isEqualTo(1);
        assertThat(next.lockedUntil()).isNull();
    }
}
