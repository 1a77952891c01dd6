package dev.drop.transactions.internal.ledger;

import dev.drop.transactions.Refusal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger's rules as plainly as they can be said: balances in a map, holds in another, nothing concurrent. The
 * property test runs the same operations here and on the real ledger and expects the same answers.
 */
final class LedgerModel {

    /** The four balances of an account, in minor units. */
    static final class Balances {
        long debitsPosted;
        long creditsPosted;
        long debitsPending;
        long creditsPending;

        long available() {
            return creditsPosted - debitsPosted - debitsPending;
        }
    }

    record Hold(int debit, int credit, long remaining, Instant timeoutAt) {
    }

    final Balances[] accounts;
    private final boolean[] mayOverdraw;
    private final Map<UUID, Hold> holds = new HashMap<>();
    private final Map<UUID, Boolean> closed = new HashMap<>();

    LedgerModel(boolean... mayOverdraw) {
        this.mayOverdraw = mayOverdraw;
        this.accounts = new Balances[mayOverdraw.length];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new Balances();
        }
    }

    /** Null when it moves the money, else why not. */
    Refusal transfer(int debit, int credit, long amount, boolean pending, UUID id, Instant now, Instant timeoutAt) {
        if (!mayOverdraw[debit] && accounts[debit].available() < amount) {
            return Refusal.INSUFFICIENT_FUNDS;
        }
        if (pending) {
            accounts[debit].debitsPending += amount;
            accounts[credit].creditsPending += amount;
            holds.put(id, new Hold(debit, credit, amount, timeoutAt));
            closed.put(id, false);
        } else {
            accounts[debit].debitsPosted += amount;
            accounts[credit].creditsPosted += amount;
        }
        return null;
    }

    Refusal post(UUID pending, long amount, boolean last, Instant now) {
        Refusal refusal = usable(pending, now);
        if (refusal != null) {
            return refusal;
        }
        Hold hold = holds.get(pending);
        if (amount > hold.remaining()) {
            return Refusal.EXCEEDS_PENDING;
        }
        long released = last ? hold.remaining() - amount : 0;
        accounts[hold.debit()].debitsPending -= amount + released;
        accounts[hold.credit()].creditsPending -= amount + released;
        accounts[hold.debit()].debitsPosted += amount;
        accounts[hold.credit()].creditsPosted += amount;
        if (last) {
            close(pending);
        } else {
            holds.put(pending, new Hold(hold.debit(), hold.credit(), hold.remaining() - amount, hold.timeoutAt()));
        }
        return null;
    }

    Refusal voiding(UUID pending, Instant now) {
        Refusal refusal = usable(pending, now);
        if (refusal != null) {
            return refusal;
        }
        release(pending);
        return null;
    }

    /** A partial void: releases {@code amount} and keeps the rest reserved; releasing all of it closes the hold. */
    Refusal releasing(UUID pending, long amount, Instant now) {
        Refusal refusal = usable(pending, now);
        if (refusal != null) {
            return refusal;
        }
        Hold hold = holds.get(pending);
        if (amount > hold.remaining()) {
            return Refusal.EXCEEDS_PENDING;
        }
        if (amount == hold.remaining()) {
            release(pending);
            return null;
        }
        accounts[hold.debit()].debitsPending -= amount;
        accounts[hold.credit()].creditsPending -= amount;
        holds.put(pending, new Hold(hold.debit(), hold.credit(), hold.remaining() - amount, hold.timeoutAt()));
        return null;
    }

    /** Releases every hold whose timeout passed, as the expiry job does. */
    void expire(Instant now) {
        holds.entrySet().stream().filter(e -> e.getValue().timeoutAt() != null && !now.isBefore(e.getValue().timeoutAt()))
                .map(Map.Entry::getKey).toList().forEach(this::release);
    }

    private Refusal usable(UUID pending, Instant now) {
        if (!closed.containsKey(pending)) {
            return Refusal.PENDING_NOT_FOUND;
        }
        if (closed.get(pending)) {
            return Refusal.PENDING_CLOSED;
        }
        Hold hold = holds.get(pending);
        return hold.timeoutAt() != null && !now.isBefore(hold.timeoutAt()) ? Refusal.PENDING_EXPIRED : null;
    }

    private void release(UUID pending) {
        Hold hold = holds.get(pending);
        accounts[hold.debit()].debitsPending -= hold.remaining();
        accounts[hold.credit()].creditsPending -= hold.remaining();
        close(pending);
    }

    private void close(UUID pending) {
        holds.remove(pending);
        closed.put(pending, true);
    }
}
