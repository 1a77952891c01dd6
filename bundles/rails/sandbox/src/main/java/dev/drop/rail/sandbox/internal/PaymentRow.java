package dev.drop.rail.sandbox.internal;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code rail_sandbox.payment}: a top-up or payout as the simulated bank sees it. */
public record PaymentRow(UUID reference, String kind, long amount, String currency, String iban, String name,
                         String status, String reason, Instant createdAt, Instant updatedAt) {

    static final String TOPUP = "TOPUP";
    static final String PAYOUT = "PAYOUT";
}
