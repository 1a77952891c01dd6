package dev.drop.platform.core.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(10), new Random(42));

    @Test
    void waitsDoubleAfterEachFailureWithinTheJitter() {
        for (int attempt = 1; attempt <= 8; attempt++) {
            long nominal = 1000L << (attempt - 1);
            for (int sample = 0; sample < 50; sample++) {
                assertThat(policy.delayAfter(attempt).toMillis()).isBetween((long) (nominal * 0.8), (long) (nominal * 1.2));
            }
        }
    }

    @Test
    void neverWaitsMuchLongerThanTheCapHoweverManyFailures() {
        for (int attempt : new int[] {11, 20, 100, Integer.MAX_VALUE}) {
            assertThat(policy.delayAfter(attempt)).isLessThanOrEqualTo(Duration.ofMinutes(12))
                    .isGreaterThanOrEqualTo(Duration.ofMinutes(8));
        }
    }

    @Test
    void jitterSpreadsRetriesOfTheSameAttempt() {
        long distinct = IntStream.range(0, 100).mapToObj(i -> policy.delayAfter(3)).distinct().count();
        assertThat(distinct).isGreaterThan(50);
    }

    @Test
    void refusesNonsensicalBounds() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
