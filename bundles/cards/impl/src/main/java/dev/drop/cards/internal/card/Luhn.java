package dev.drop.cards.internal.card;

/** The Luhn (mod 10) check digit of card numbers, ISO/IEC 7812-1. */
final class Luhn {

    private Luhn() {
    }

    /** The digit that makes {@code payload} followed by it pass the check. */
    static int checkDigit(String payload) {
        return (10 - sum(payload, true) % 10) % 10;
    }

    static boolean valid(String number) {
        return number.matches("[0-9]{2,19}") && sum(number, false) % 10 == 0;
    }

    /** The Luhn sum, doubling every second digit from the right (from the last one when a check digit is to follow). */
    private static int sum(String digits, boolean checkDigitFollows) {
        int sum = 0;
        boolean doubled = checkDigitFollows;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum;
    }
}
