package dev.drop.cards.internal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            String number = CardNumbers.next("489537");
            assertEquals(16, number.length());
            assertTrue(number.startsWith("489537"), number);
            assertTrue(Luhn.valid(number), number);
            seen.add(number);
        }
        assertTrue(seen.size() >= 4_990, "nine random digits make repeats rare: " + seen.size());
    }

    @Test
    void anyChangedDigitBreaksTheCheck() {
        String number = CardNumbers.next("489537");
        for (int i = 0; i < number.length(); i++) {
            char other = number.charAt(i) == '9' ? '0' : (char) (number.charAt(i) + 1);
            assertFalse(Luhn.valid(number.substring(0, i) + other + number.substring(i + 1)), "digit " + i);
        }
    }
}
