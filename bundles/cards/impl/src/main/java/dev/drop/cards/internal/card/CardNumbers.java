package dev.drop.cards.internal.card;

import java.security.SecureRandom;

/** New card numbers: sixteen digits, a BIN of the configured range, random digits and the Luhn check digit. */
final class CardNumbers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CardNumbers() {
    }

    static String next(BinRange bins) {
        StringBuilder number = new StringBuilder(bins.pick(RANDOM));
        while (number.length() < 15) {
            number.append(RANDOM.nextInt(10));
        }
        return number.append(Luhn.checkDigit(number.toString())).toString();
    }
}
