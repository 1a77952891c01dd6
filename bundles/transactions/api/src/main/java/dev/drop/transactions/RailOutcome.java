package dev.drop.transactions;

import java.net.URI;
import java.util.Objects;

/**
 * The bank's first answer to a top-up or payout.
 *
 * @param redirectUrl where the customer approves the payment at their bank, if the bank needs that; else null
 * @param reason      why it failed, in plain words; null unless {@link RailStatus#FAILED}
 */
public record RailOutcome(RailStatus status, URI redirectUrl, String reason) {

    public RailOutcome {
        Objects.requireNonNull(status, "status");
    }

    public static RailOutcome settled() {
        return new RailOutcome(RailStatus.SETTLED, null, null);
    }

    public static RailOutcome pending() {
        return new RailOutcome(RailStatus.PENDING, null, null);
    }

    public static RailOutcome failed(String reason) {
        return new RailOutcome(RailStatus.FAILED, null, reason);
    }
}
