package dev.drop.transactions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * How many units of {@code quote} one unit of {@code base} buys (major units, e.g. 1 EUR = 11.4520 SEK), exactly as a
 * decimal, never a floating-point number.
 *
 * @param asOf   when the source published it
 * @param source the rate source's name
 */
public record ExchangeRate(Currency base, Currency quote, BigDecimal rate, Instant asOf, String source) {

    public ExchangeRate {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("a rate is above zero");
        }
    }
}
