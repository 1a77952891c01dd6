package dev.drop.cards.internal.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An authorization's amounts in the wallet's currency: the merchant's minor units at the recorded rate, rounded up (the
 * hold covers what the merchant may clear). Parts are converted as differences of running totals, so the clearings of
 * an authorization add up to its hold exactly.
 */
record Conversion(Currency merchant, Currency wallet, BigDecimal rate) {

    static Conversion none(Currency currency) {
        return new Conversion(currency, currency, BigDecimal.ONE);
    }

    static Conversion of(String merchant, String wallet, String rate) {
        return new Conversion(Currency.getInstance(merchant), Currency.getInstance(wallet),
                rate == null ? BigDecimal.ONE : new BigDecimal(rate));
    }

    /** {@code minor} units of the merchant's currency in minor units of the wallet's. */
    long toWallet(long minor) {
        if (merchant.equals(wallet)) {
            return minor;
        }
        BigDecimal major = BigDecimal.valueOf(minor).movePointLeft(merchant.getDefaultFractionDigits());
        return major.multiply(rate).movePointRight(wallet.getDefaultFractionDigits()).setScale(0, RoundingMode.CEILING)
                .longValueExact();
    }

    /** The wallet's part of going from {@code before} to {@code after} of the merchant's total. */
    long part(long before, long after) {
        return toWallet(after) - toWallet(before);
    }
}
