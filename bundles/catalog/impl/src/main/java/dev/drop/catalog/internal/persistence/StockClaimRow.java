package dev.drop.catalog.internal.persistence;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code catalog.stock_claim}: what became of a paid order's stock. */
public record StockClaimRow(UUID paymentId, UUID merchantId, String outcome, String detail, Instant claimedAt) {
}
