package dev.drop.transactions.internal.remit;

import dev.drop.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The arithmetic of a remittance quote, in integer minor units and exact decimals:
 * <ul>
 * <li>the fee is a fixed amount plus a share (basis points) of the source amount, rounded half up, in the source
 * currency;</li>
 * <li>what is left is converted at the quoted rate and rounded <em>down</em> to the target currency's minor unit
 * (its ISO 4217 exponent: 0 for JPY, 2 for SEK, 3 for KWD), so the recipient gets exactly the quoted amount;</li>
 * <li>the part of the source amount that the rounding left unconverted (less than one target minor unit's worth) is
 * the rounding difference, posted to the platform's FX account as a transfer of its own.</li>
 * </ul>
 * Asked for a target amount instead, the quote takes the smallest source amount that delivers it.
 */
final class QuoteMath {

    /** A quote's figures: source = fee + converted + rounding; target is what converted buys at the rate. */
    record Figures(Money source, Money fixedFee, Money variableFee, Money converted, Money rounding, Money target,
                   BigDecimal rate) {
        Money fee() {
            return fixedFee.plus(variableFee);
        }
    }

    private QuoteMath() {
    }

    static Figures fromSource(Money source, Currency target, BigDecimal rate, Money fixedFee, int feeBasisPoints) {
        Money variable = variableFee(source, feeBasisPoints);
        long afterFee = source.amount() - fixedFee.amount() - variable.amount();
        if (afterFee <= 0) {
            throw new IllegalArgumentException("the amount does not cover the fee");
        }
        long targetMinor = toMajor(afterFee, source.currency()).multiply(rate)
                .movePointRight(exponent(target)).setScale(0, RoundingMode.DOWN).longValueExact();
        if (targetMinor <= 0) {
            throw new IllegalArgumentException("the amount buys nothing in " + target.getCurrencyCode());
        }
        long converted = sourceNeeded(targetMinor, target, rate, source.currency());
        return new Figures(source, fixedFee, variable, new Money(converted, source.currency()),
                new Money(afterFee - converted, source.currency()), new Money(targetMinor, target), rate);
    }

    static Figures fromTarget(Money target, Currency source, BigDecimal rate, Money fixedFee, int feeBasisPoints) {
        long converted = sourceNeeded(target.amount(), target.currency(), rate, source);
        // the variable fee is a share of the whole source amount, so solve for it, then step to the smallest that works
        BigDecimal share = BigDecimal.valueOf(feeBasisPoints).movePointLeft(4);
        long guess = BigDecimal.valueOf(converted + fixedFee.amount()).divide(BigDecimal.ONE.subtract(share), 0,
                RoundingMode.CEILING).longValueExact();
        long sourceMinor = Math.max(1, guess - 2);
        while (sourceMinor - fixedFee.amount() - variableFee(new Money(sourceMinor, source), feeBasisPoints).amount() < converted) {
            sourceMinor++;
        }
        Figures figures = fromSource(new Money(sourceMinor, source), target.currency(), rate, fixedFee, feeBasisPoints);
        if (figures.target().amount() < target.amount()) {
            throw new IllegalStateException("a quote for a target must deliver it");
        }
        return figures;
    }

    /** The smallest source amount (minor units) that converts to at least {@code targetMinor}. */
    private static long sourceNeeded(long targetMinor, Currency target, BigDecimal rate, Currency source) {
        return toMajor(targetMinor, target).divide(rate, exponent(source) + 12, RoundingMode.CEILING)
                .movePointRight(exponent(source)).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    static Money variableFee(Money source, int basisPoints) {
        return new Money(BigDecimal.valueOf(source.amount()).multiply(BigDecimal.valueOf(basisPoints)).movePointLeft(4)
                .setScale(0, RoundingMode.HALF_UP).longValueExact(), source.currency());
    }

    private static BigDecimal toMajor(long minor, Currency currency) {
        return BigDecimal.valueOf(minor, exponent(currency));
    }

    static int exponent(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
