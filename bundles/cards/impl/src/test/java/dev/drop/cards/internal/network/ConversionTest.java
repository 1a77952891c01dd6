package dev.drop.cards.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Partial clearing arithmetic across currencies: rounded up once, parts adding up to the hold exactly. */
class ConversionTest {

    @Test
    void theHoldIsRoundedUpInTheWalletsMinorUnits() {
        Conversion eurToSek = Conversion.of("EUR", "SEK", "11.4520");
        assertEquals(11_452, eurToSek.toWallet(1_000));
        assertEquals(12, eurToSek.toWallet(1), "0.01 EUR is 0.114520 SEK, held as 0.12");
        Conversion sekToJpy = Conversion.of("SEK", "JPY", "14.1852");
        assertEquals(15, sekToJpy.toWallet(100), "1.00 SEK is 14.1852 JPY, held as 15");
        Conversion eurToKwd = Conversion.of("EUR", "KWD", "0.33417");
        assertEquals(335, eurToKwd.toWallet(100), "1.00 EUR is 0.33417 KWD, held as 0.335");
        assertEquals(777, Conversion.none(Currency.getInstance("SEK")).toWallet(777));
    }

    @Test
    void clearingsInPartsAddUpToTheHoldExactly() {
        Conversion conversion = new Conversion(Currency.getInstance("EUR"), Currency.getInstance("SEK"), new BigDecimal("11.4523"));
        long authorized = 12_345;
        long[] parts = {1, 333, 4_000, 7_000, 1_011};
        long cleared = 0;
        long inWallet = 0;
        for (long part : parts) {
            inWallet += conversion.part(cleared, cleared + part);
            cleared += part;
        }
        assertEquals(authorized, cleared);
        assertEquals(conversion.toWallet(authorized), inWallet);
    }
}
