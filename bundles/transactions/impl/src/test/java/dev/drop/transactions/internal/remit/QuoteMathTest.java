package dev.drop.transactions.internal.remit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drop.platform.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class QuoteMathTest {

    static final Currency JPY = Currency.getInstance("JPY");
    static final Currency KWD = Currency.getInstance("KWD");
    static final Currency SEK = Currency.getInstance("SEK");

    @Test
    void sekToYenRoundsDownToWholeYenAndTheRestGoesToFx() {
        QuoteMath.Figures quote = QuoteMath.fromSource(Money.of(100_000, "SEK"), JPY, new BigDecimal("14.2345"),
                Money.of(1_500, "SEK"), 50);
        assertEquals(Money.of(500, "SEK"), quote.variableFee());
        assertEquals(Money.of(2_000, "SEK"), quote.fee());
        // 980.00 SEK x 14.2345 = 13949.81 JPY: the recipient gets 13949 JPY
        assertEquals(Money.of(13_949, "JPY"), quote.target());
        // 13949 JPY cost 979.9430 SEK, so 979.95 SEK is converted and 0.05 SEK is the rounding difference
        assertEquals(Money.of(97_995, "SEK"), quote.converted());
        assertEquals(Money.of(5, "SEK"), quote.rounding());
    }

    @Test
    void euroToKuwaitiDinarKeepsThreeDecimals() {
        QuoteMath.Figures quote = QuoteMath.fromSource(Money.of(25_000, "EUR"), KWD, new BigDecimal("0.33417"),
                Money.of(150, "EUR"), 0);
        // 248.50 EUR x 0.33417 = 83.041245 KWD: 83.041 KWD, in fils
        assertEquals(Money.of(83_041, "KWD"), quote.target());
        assertEquals(Money.of(24_850, "EUR"), quote.converted().plus(quote.rounding()));
        assertEquals(Money.of(0, "EUR"), quote.variableFee());
    }

    @Test
    void aTargetAmountGetsTheSmallestSourceThatDeliversIt() {
        QuoteMath.Figures quote = QuoteMath.fromTarget(Money.of(10_000, "JPY"), SEK, new BigDecimal("14.2345"),
                Money.of(1_500, "SEK"), 50);
        assertTrue(quote.target().amount() >= 10_000);
        QuoteMath.Figures oneLess = QuoteMath.fromSource(quote.source().minus(Money.of(1, "SEK")), JPY,
                new BigDecimal("14.2345"), Money.of(1_500, "SEK"), 50);
        assertTrue(oneLess.target().amount() < 10_000, "one öre less would not deliver it");
    }

    @Test
    void anAmountThatDoesNotCoverTheFeeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QuoteMath.fromSource(Money.of(1_000, "SEK"), JPY,
                new BigDecimal("14.2345"), Money.of(1_500, "SEK"), 50));
    }

    @Property
    void moneyIsNeitherMadeNorLost(@ForAll @LongRange(min = 2_000, max = 10_000_000_000L) long source,
                                   @ForAll @LongRange(min = 1, max = 10_000_000) long rateMillionths) {
        BigDecimal rate = BigDecimal.valueOf(rateMillionths, 6);
        QuoteMath.Figures quote;
        try {
            quote = QuoteMath.fromSource(Money.of(source, "SEK"), KWD, rate, Money.of(1_500, "SEK"), 35);
        } catch (IllegalArgumentException buysNothing) {
            return;
        }
        assertEquals(source, quote.fee().amount() + quote.converted().amount() + quote.rounding().amount());
        assertTrue(quote.rounding().amount() >= 0);
        BigDecimal exact = BigDecimal.valueOf(quote.converted().amount() + quote.rounding().amount(), 2).multiply(rate);
        assertTrue(BigDecimal.valueOf(quote.target().amount(), 3).compareTo(exact) <= 0, "never more than the rate buys");
        assertTrue(exact.subtract(BigDecimal.valueOf(quote.target().amount(), 3)).compareTo(new BigDecimal("0.001")) < 0,
                "less than one fils short");
    }
}
