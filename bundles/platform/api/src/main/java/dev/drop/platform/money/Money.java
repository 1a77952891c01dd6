package dev.drop.platform.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: a whole number of the currency's minor units (öre, cents) and an ISO 4217 currency.
 * Arithmetic is exact and refuses to mix currencies or overflow; there is no floating point anywhere.
 */
public record Money(long amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "a currency is required");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " is not a currency with minor units");
        }
    }

    /** {@code Money.of(12900, "SEK")} is 129.00 SEK. */
    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Parses a decimal amount in major units, e.g. {@code parse("129.50", "SEK")}. More fraction digits than the
     * currency has is an error, never a rounding.
     */
    public static Money parse(String decimal, String currencyCode) {
        Currency currency = currency(currencyCode);
        BigDecimal value;
        try {
            value = new BigDecimal(Objects.requireNonNull(decimal, "decimal").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + decimal + "' is not a decimal amount");
        }
        try {
            long minor = value.setScale(currency.getDefaultFractionDigits()).movePointRight(currency.getDefaultFractionDigits())
                    .longValueExact();
            return new Money(minor, currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + decimal + "' does not fit " + currency.getCurrencyCode()
                    + " (at most " + currency.getDefaultFractionDigits() + " decimals, at most " + Long.MAX_VALUE + " minor units)");
        }
    }

    /** The ISO 4217 currency for a three-letter code, or {@link IllegalArgumentException} naming the bad code. */
    private static boolean isThreeCapitals(String code) {
        return code != null && code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    public static Currency currency(String code) {
        if (!isThreeCapitals(code)) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code");
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(amount, sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(amount, sameCurrency(other).amount), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(amount, factor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(amount), currency);
    }

    public boolean isNegative() {
        return amount < 0;
    }

    public boolean isZero() {
        return amount == 0;
    }

    /** The amount in major units, e.g. {@code 129.00}. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(amount, currency.getDefaultFractionDigits());
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(amount, sameCurrency(other).amount);
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        return other;
    }
}
