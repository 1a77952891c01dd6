package dev.drop.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesMajorUnitsIntoMinorUnits() {
        assertThat(Money.parse("129.50", "SEK")).isEqualTo(Money.of(12950, "SEK"));
        assertThat(Money.parse("129", "SEK").amount()).isEqualTo(12900);
        assertThat(Money.parse("-0.01", "EUR").amount()).isEqualTo(-1);
        assertThat(Money.parse("1500", "JPY").amount()).isEqualTo(1500);
        assertThat(Money.parse("1.234", "KWD").amount()).isEqualTo(1234);
    }

    @Test
    void refusesMorePrecisionThanTheCurrencyHasInsteadOfRounding() {
        assertThatThrownBy(() -> Money.parse("1.005", "SEK")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 2 decimals");
        assertThatThrownBy(() -> Money.parse("10.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesGarbageAndUnknownCurrencies() {
        assertThatThrownBy(() -> Money.parse("12,50", "SEK")).hasMessageContaining("not a decimal amount");
        assertThatThrownBy(() -> Money.parse("1e400", "SEK")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, "sek")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Money.of(1, "ABC")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Money.of(1, "XAU")).hasMessageContaining("minor units");
    }

    @Test
    void addsAndSubtractsExactly() {
        Money price = Money.of(12900, "SEK");
        assertThat(price.plus(Money.of(100, "SEK"))).isEqualTo(Money.of(13000, "SEK"));
        assertThat(price.minus(Money.of(13000, "SEK"))).isEqualTo(Money.of(-100, "SEK"));
        assertThat(price.times(3)).isEqualTo(Money.of(38700, "SEK"));
        assertThat(price.negate().isNegative()).isTrue();
        assertThat(Money.zero(Money.currency("SEK")).isZero()).isTrue();
    }

    @Test
    void neverMixesCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "SEK").plus(Money.of(1, "EUR")))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("cannot combine SEK with EUR");
        assertThatThrownBy(() -> Money.of(1, "SEK").compareTo(Money.of(1, "EUR")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        Money max = Money.of(Long.MAX_VALUE, "SEK");
        assertThatThrownBy(() -> max.plus(Money.of(1, "SEK"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, "SEK").negate()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void showsMajorUnits() {
        assertThat(Money.of(12950, "SEK").toDecimal()).isEqualByComparingTo(new BigDecimal("129.50"));
        assertThat(Money.of(5, "EUR")).hasToString("0.05 EUR");
        assertThat(Money.of(1500, "JPY")).hasToString("1500 JPY");
    }

    @Test
    void ordersWithinACurrency() {
        assertThat(Money.of(1, "SEK")).isLessThan(Money.of(2, "SEK"));
    }
}
