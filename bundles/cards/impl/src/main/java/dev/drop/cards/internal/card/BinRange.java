package dev.drop.cards.internal.card;

import java.util.random.RandomGenerator;

/**
 * The issuer identification numbers new cards' numbers start with: one BIN ({@code 489537}) or a range of them of one
 * length, six to eight digits ({@code 48953700-48953799}), as a scheme assigns them to an issuer.
 */
record BinRange(long first, long last, int digits) {

    BinRange {
        if (digits < 6 || digits > 8 || first > last || String.valueOf(first).length() != digits
                || String.valueOf(last).length() != digits) {
            throw new IllegalArgumentException("a BIN range is first-last, both 6 to 8 digits of one length, not starting "
                    + "with 0, first not above last");
        }
    }

    static BinRange parse(String text) {
        if (text == null || !text.strip().matches("[1-9][0-9]{5,7}(-[1-9][0-9]{5,7})?")) {
            throw new IllegalArgumentException("bin is a BIN of 6 to 8 digits, or a range first-last of them");
        }
        String[] ends = text.strip().split("-");
        String last = ends.length == 2 ? ends[1] : ends[0];
        if (ends[0].length() != last.length()) {
            throw new IllegalArgumentException("both ends of a BIN range have the same number of digits");
        }
        return new BinRange(Long.parseLong(ends[0]), Long.parseLong(last), ends[0].length());
    }

    String pick(RandomGenerator random) {
        return String.valueOf(first == last ? first : random.nextLong(first, last + 1));
    }

    boolean contains(String pan) {
        if (pan == null || pan.length() < digits) {
            return false;
        }
        long prefix = Long.parseLong(pan.substring(0, digits));
        return prefix >= first && prefix <= last;
    }
}
