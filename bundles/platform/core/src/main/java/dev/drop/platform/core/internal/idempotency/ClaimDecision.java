package dev.drop.platform.core.internal.idempotency;

import dev.drop.platform.core.internal.persistence.IdempotencyRow;
import java.time.Instant;

/** What a request finds when it claims its key: the idempotency draft's states, decided from the key's row. */
enum ClaimDecision {
    /** No live record of the key: the request runs. */
    NEW,
    /** The key's request ran before and was answered: the kept answer is sent again. */
    REPLAY,
    /** The key's request is running now (its lease holds): 409. */
    IN_PROGRESS,
    /** An earlier attempt of this request failed or died without an answer: this attempt runs, under the same id. */
    RETRY,
    /** The key was used for a different request: 422. */
    MISMATCH;

    static ClaimDecision of(IdempotencyRow row, String fingerprint, Instant now) {
        if (row == null || !row.expiresAt().isAfter(now)) {
            return NEW;
        }
        if (!row.fingerprint().equals(fingerprint)) {
            return MISMATCH;
        }
        if (IdempotencyRow.COMPLETED.equals(row.state())) {
            return REPLAY;
        }
        return row.lockedUntil().isAfter(now) ? IN_PROGRESS : RETRY;
    }
}
