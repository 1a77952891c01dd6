package dev.drop.cards.internal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Luhn digit against the published vectors, and new numbers: in the BIN, sixteen digits, valid, not repeating. */
class LuhnTest {

    @Test
    void thePublishedVectorsPassAndFailAsPublished() {
        assertTrue(Luhn.valid("4111111111111111"));
        assertFalse(Luhn.valid("4111111111111112"));
        assertEquals(1, Luhn.checkDigit("411111111111111"));
        assertTrue(Luhn.valid("79927398713"));
        assertFalse(Luhn.valid("79927398710"));
        assertEquals(3, Luhn.checkDigit("7992739871"));
        assertFalse(Luhn.valid("4111 1111 1111 1111"));
    }

    @Test
    void newNumbersAreValidNumbersOfTheBinAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String number = CardNumbers.next(BinRange.parse("489537"));
            assertEquals(16, number.length());
            assertTrue(number.startsWith("489537"), number);
            assertTrue(Luhn.valid(number), number);
            seen.add(number);
        }
        assertTrue(seen.size() >= 4_990, "nine random digits make repeats rare: " + seen.size());
    }

    @Test
    void numbersOfARangeComeFromAllOfItAndOnlyFromIt() {
        BinRange range = BinRange.parse("48953700-48953703");
        Set<String> bins = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            String number = CardNumbers.next(range);
            assertTrue(range.contains(number), number);
            assertTrue(Luhn.valid(number), number);
            bins.add(number.substring(0, 8));
        }
        assertEquals(Set.of("48953700", "48953701", "48953702", "48953703"), bins);
        assertFalse(range.contains("4895370400000000"));
        assertFalse(range.contains("4895369900000000"));
    }

    @Test
    void aMalformedRangeIsRefused() {
        for (String bad : new String[] {"", "12345", "012345", "489537-48953799", "48953799-48953700", "4895370x", "1-2"}) {
            assertThrows(IllegalArgumentException.class, () -> BinRange.parse(bad), bad);
        }
        assertEquals(new BinRange(489537, 489537, 6), BinRange.parse(" 489537 "));
    }

    @Test
    void anyChangedDigitBreaksTheCheck() {
        String number = CardNumbers.next(BinRange.parse("489537"));
        for (int i = 0; i < number.length(); i++) {
            char other = number.charAt(i) == '9' ? '0' : (char) (number.charAt(i) + 1);
            assertFalse(Luhn.valid(number.substring(0, i) + other + number.substring(i + 1)), "digit " + i);
        }
    }
}
