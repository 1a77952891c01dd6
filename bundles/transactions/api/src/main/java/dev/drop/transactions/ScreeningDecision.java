package dev.drop.transactions;

import java.util.Objects;

/**
 * A screening service's answer.
 *
 * @param reason in plain words, for the timeline and the compliance officer; may be null for a clear
 */
public record ScreeningDecision(Outcome outcome, String reason) {

    /** Clear to pay out, held for a compliance officer's review, or rejected. */
    public enum Outcome {
        CLEAR, HOLD, REJECT
    }

    public ScreeningDecision {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static ScreeningDecision clear() {
        return new ScreeningDecision(Outcome.CLEAR, null);
    }

    public static ScreeningDecision hold(String reason) {
        return new ScreeningDecision(Outcome.HOLD, reason);
    }

    public static ScreeningDecision reject(String reason) {
        return new ScreeningDecision(Outcome.REJECT, reason);
    }
}
