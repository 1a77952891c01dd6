package dev.drop.transactions;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bank connection, plugged in as an OSGi service by its own bundle: it pulls money from a customer's bank for a
 * top-up, sends credit transfers for payouts, and tells of their fate in signed callbacks. Each rail has its own
 * clearing account per currency. Drop may ask a rail again about the same reference (after a crash, a retry): a rail
 * must answer for a reference it knows without acting twice.
 */
@ConsumerType
public interface PaymentRail {

    /** A short lower-case name, e.g. {@code sandbox}; part of URLs and account owners. */
    String name();

    /** Starts pulling a top-up from the customer's bank. */
    RailOutcome initiateTopUp(RailTopUp topUp);

    /** Sends a payout to an account at another bank. */
    RailOutcome initiatePayout(RailPayout payout);

    /**
     * Checks and reads a callback the bank sent to {@code /api/v1/rails/<name>/callbacks}: its signature and freshness
     * first. Each update carries the bank's id of its message, so that a callback sent twice changes things once.
     *
     * @throws RailCallbackRejectedException when it is not signed by the bank, or too old
     */
    List<RailUpdate> acceptCallback(RailCallback callback);

    /**
     * An operator's action on the rail from the console ({@code drop:rail <name> <action> <reference>}), such as a
     * simulator settling a payment; returns what it did in plain words.
     */
    default String operate(String action, String reference) {
        throw new UnsupportedOperationException("rail " + name() + " has no console actions");
    }
}
