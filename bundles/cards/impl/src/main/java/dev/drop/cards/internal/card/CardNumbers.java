package dev.drop.cards.internal.card;

import java.security.SecureRandom;

/** New card numbers: sixteen digits, the configured BIN, nine random digits and the Luhn check digit. */
final class CardNumbers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CardNumbers() {
    }

    static String next(String bin) {
        StringBuilder number = new StringBuilder(bin);
        while (number.length() < 15) {
            number.append(RANDOM.nextInt(10));
        }
        return number.append(Luhn.checkDigit(number.toString())).toString();
    }
}
