package dev.drop.transactions.internal.qr;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EMV QR data objects: a two-digit id, a two-digit length and the value, one after the other; templates hold data
 * objects of their own in their value. Lengths count characters (code points), not bytes.
 */
final class DataObjects {

    private DataObjects() {
    }

    /** The data objects of {@code text} by id, in order; a malformed or repeated one is refused. */
    static Map<String, String> parse(String text) {
        Map<String, String> objects = new LinkedHashMap<>();
        int at = 0;
        while (at < text.length()) {
            if (text.length() - at < 4 || !digits(text, at, at + 4)) {
                throw new QrPayloadException("malformed data object at character " + at);
            }
            String id = text.substring(at, at + 2);
            int length = Integer.parseInt(text.substring(at + 2, at + 4));
            int start = at + 4;
            int end;
            try {
                end = text.offsetByCodePoints(start, length);
            } catch (IndexOutOfBoundsException tooShort) {
                throw new QrPayloadException("data object " + id + " is longer than what follows it");
            }
            if (objects.put(id, text.substring(start, end)) != null) {
                throw new QrPayloadException("data object " + id + " appears twice");
            }
            at = end;
        }
        return objects;
    }

    /** Appends one data object; its value must fit in 99 characters. */
    static StringBuilder append(StringBuilder out, String id, String value) {
        int length = value.codePointCount(0, value.length());
        if (length > 99) {
            throw new IllegalArgumentException("data object " + id + " is longer than 99 characters");
        }
        return out.append(id).append(length < 10 ? "0" : "").append(length).append(value);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
