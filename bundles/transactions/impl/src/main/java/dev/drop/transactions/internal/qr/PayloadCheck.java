package dev.drop.transactions.internal.qr;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;

/** The checks of a scanned payload, from its CRC to Drop's template, each naming what it found wrong. */
final class PayloadCheck {

    private static final int MAX_PAYLOAD = 512;

    private PayloadCheck() {
    }

    /** The top-level data objects of a payload whose CRC matches and which starts with the format indicator. */
    static Map<String, String> objects(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw new QrPayloadException("the payload is empty");
        }
        if (payload.length() > MAX_PAYLOAD) {
            throw new QrPayloadException("the payload is longer than an EMV QR code holds");
        }
        int crcAt = payload.length() - 8;
        if (crcAt < 0 || !payload.startsWith("6304", crcAt)) {
            throw new QrPayloadException("the payload does not end with its CRC (data object 63)");
        }
        String expected = Crc16.of(payload.substring(0, crcAt + 4));
        if (!expected.equalsIgnoreCase(payload.substring(crcAt + 4))) {
            throw new QrPayloadException("the CRC does not match: the code is damaged or was changed");
        }
        Map<String, String> objects = DataObjects.parse(payload.substring(0, crcAt));
        if (!"00".equals(objects.keySet().stream().findFirst().orElse(null)) || !"01".equals(objects.get("00"))) {
            throw new QrPayloadException("the payload does not start with payload format indicator 01");
        }
        return objects;
    }

    /** The request (dynamic) or merchant (static) in the merchant account template under Drop's identifier. */
    static UUID dropTarget(Map<String, String> objects, boolean dynamic) {
        for (int id = 26; id <= 51; id++) {
            String template = objects.get(Integer.toString(id));
            if (template == null) {
                continue;
            }
            Map<String, String> account = DataObjects.parse(template);
            if (PaymentCode.GUI.equalsIgnoreCase(account.get("00"))) {
                String target = account.get(dynamic ? "01" : "02");
                try {
                    return UUID.fromString(target);
                } catch (IllegalArgumentException | NullPointerException notAnId) {
                    throw new QrPayloadException("Drop's template names no " + (dynamic ? "payment request" : "merchant"));
                }
            }
        }
        throw new QrPayloadException("the code has no Drop merchant account template; it is not a Drop payment code");
    }

    static Currency currency(String numeric) {
        if (numeric != null && numeric.matches("[0-9]{3}")) {
            int code = Integer.parseInt(numeric);
            for (Currency currency : Currency.getAvailableCurrencies()) {
                if (currency.getNumericCode() == code) {
                    return currency;
                }
            }
        }
        throw new QrPayloadException("the transaction currency (data object 53) is not an ISO 4217 numeric code");
    }

    static long amount(String text, Currency currency) {
        if (text == null || !text.matches("[0-9]{1,10}(\\.[0-9]{0,3})?")) {
            throw new QrPayloadException("a dynamic code needs its amount (data object 54)");
        }
        try {
            return new BigDecimal(text).movePointRight(Math.max(0, currency.getDefaultFractionDigits())).longValueExact();
        } catch (ArithmeticException fraction) {
            throw new QrPayloadException("the amount has more decimals than " + currency.getCurrencyCode() + " has");
        }
    }

    static String required(Map<String, String> objects, String id) {
        String value = objects.get(id);
        if (value == null || value.isBlank()) {
            throw new QrPayloadException("data object " + id + " is missing");
        }
        return value;
    }
}
