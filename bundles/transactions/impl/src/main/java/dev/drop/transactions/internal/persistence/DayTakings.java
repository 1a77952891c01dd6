package dev.drop.transactions.internal.persistence;

import java.time.LocalDate;

/** A merchant's payments and refunds of one day (UTC) in one currency. */
public record DayTakings(LocalDate onDay, String currency, long paid, long payments, long refunded) {
}
