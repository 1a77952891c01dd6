package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code txn.fx_quote}; {@code rate} is the exact decimal as text. */
public record QuoteRow(UUID id, UUID userId, String sourceCurrency, String targetCurrency, long sourceAmount, long feeFixed,
                       long feeVariable, long converted, long rounding, long targetAmount, String rate, String rateSource,
                       String targetCountry, Instant createdAt, Instant expiresAt) {
}
