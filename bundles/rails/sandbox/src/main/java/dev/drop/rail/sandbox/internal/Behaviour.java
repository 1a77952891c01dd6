package dev.drop.rail.sandbox.internal;

import dev.drop.platform.money.Money;

/**
 * What the sandbox bank does with an amount, by its last two minor-unit digits: {@code 13} fails, {@code 42} waits
 * for an operator ({@code drop:rail sandbox settle|fail <id>}), {@code 66} (payouts) settles and then comes back;
 * anything else settles (top-ups at once, payouts a moment later).
 */
enum Behaviour {
    SETTLE,
    FAIL,
    WAIT,
    RETURN;

    static Behaviour of(Money amount, boolean payout) {
        long digits = Math.floorMod(amount.amount(), 100);
        if (digits == 13) {
            return FAIL;
        }
        if (digits == 42) {
            return WAIT;
        }
        return payout && digits == 66 ? RETURN : SETTLE;
    }
}
