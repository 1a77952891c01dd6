package dev.drop.transactions.internal.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The pauses between a message's attempts: growing from seconds to a day, about three days in all, then it is given
 * up (and stays visible, to be retried by hand).
 */
final class RetrySchedule {

    static final List<Duration> PAUSES = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6),
            Duration.ofHours(12), Duration.ofHours(12), Duration.ofHours(24), Duration.ofHours(24));

    private RetrySchedule() {
    }

    /** The pause after the {@code attempts}-th failed attempt; empty once every retry is spent. */
    static Optional<Duration> after(int attempts) {
        return attempts >= 1 && attempts <= PAUSES.size() ? Optional.of(PAUSES.get(attempts - 1)) : Optional.empty();
    }

    static Duration total() {
        return PAUSES.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
