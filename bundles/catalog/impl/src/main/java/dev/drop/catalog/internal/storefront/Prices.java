package dev.drop.catalog.internal.storefront;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;

/** Prices as shoppers of the shop's country read them ("1 290,00 kr" in Sweden, "€89.00" in Ireland). */
final class Prices {

    private final NumberFormat format;
    private final Currency currency;

    Prices(String country, Currency currency) {
        Locale locale = Arrays.stream(Locale.getAvailableLocales())
                .filter(candidate -> candidate.getCountry().equals(country) && candidate.getVariant().isEmpty()
                        && candidate.getScript().isEmpty())
                .findFirst().orElse(Locale.ROOT);
        this.format = NumberFormat.getCurrencyInstance(locale);
        this.format.setCurrency(currency);
        this.currency = currency;
    }

    String format(long minorUnits) {
        synchronized (format) {
            return format.format(amount(minorUnits));
        }
    }

    /** The amount as a plain decimal, as schema.org offers want it. */
    String decimal(long minorUnits) {
        return amount(minorUnits).toPlainString();
    }

    private BigDecimal amount(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, Math.max(0, currency.getDefaultFractionDigits()));
    }
}
