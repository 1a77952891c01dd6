package dev.drop.transactions.internal.qr;

import dev.drop.platform.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a Drop QR code carries, in EMVCo's merchant-presented format: a dynamic code names one payment request and its
 * amount; a static one (a merchant's counter code) names the merchant, and the payer says how much. Drop's merchant
 * account template (id 26) has Drop's globally unique identifier in its data object 00 and the request (01) or the
 * merchant (02) after it.
 *
 * @param target    the payment request of a dynamic code, the merchant of a static one
 * @param amount    the amount of a dynamic code; null for a static one
 * @param reference the merchant's reference (additional data, reference label); may be null
 */
public record PaymentCode(boolean dynamic, UUID target, String categoryCode, Currency currency, Long amount,
                          String country, String merchantName, String city, String reference) {

    /** Drop's globally unique identifier, in reverse domain name notation. */
    public static final String GUI = "dev.drop";
    static final int NAME_LENGTH = 25;
    static final int CITY_LENGTH = 15;
    static final int REFERENCE_LENGTH = 25;

    public PaymentCode {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(currency, "currency");
        if (dynamic != (amount != null)) {
            throw new IllegalArgumentException("a dynamic code has an amount, a static one none");
        }
        if (categoryCode == null || !categoryCode.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("a merchant category code has four digits");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a country is two capital letters");
        }
        merchantName = cut(Objects.requireNonNull(merchantName, "merchantName"), NAME_LENGTH);
        city = cut(Objects.requireNonNull(city, "city"), CITY_LENGTH);
        reference = reference == null || reference.isBlank() ? null : cut(reference.strip(), REFERENCE_LENGTH);
    }

    public static PaymentCode forRequest(UUID request, String categoryCode, Money amount, String country, String name,
                                         String city, String reference) {
        return new PaymentCode(true, request, categoryCode, amount.currency(), amount.amount(), country, name, city, reference);
    }

    public static PaymentCode forMerchant(UUID merchant, String categoryCode, Currency currency, String country,
                                          String name, String city) {
        return new PaymentCode(false, merchant, categoryCode, currency, null, country, name, city, null);
    }

    public Money money() {
        return amount == null ? null : new Money(amount, currency);
    }

    /** The payload, ending in its CRC. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        DataObjects.append(out, "00", "01");
        DataObjects.append(out, "01", dynamic ? "12" : "11");
        StringBuilder account = new StringBuilder();
        DataObjects.append(account, "00", GUI);
        DataObjects.append(account, dynamic ? "01" : "02", target.toString());
        DataObjects.append(out, "26", account.toString());
        DataObjects.append(out, "52", categoryCode);
        DataObjects.append(out, "53", String.format(Locale.ROOT, "%03d", currency.getNumericCode()));
        if (dynamic) {
            DataObjects.append(out, "54", BigDecimal.valueOf(amount, Math.max(0, currency.getDefaultFractionDigits())).toPlainString());
        }
        DataObjects.append(out, "58", country);
        DataObjects.append(out, "59", merchantName);
        DataObjects.append(out, "60", city);
        if (reference != null) {
            DataObjects.append(out, "62", DataObjects.append(new StringBuilder(), "05", reference).toString());
        }
        out.append("6304");
        return out.append(Crc16.of(out.toString())).toString();
    }

    /**
     * Reads a scanned payload: the CRC must match, the format be EMV's, and one merchant account template be Drop's.
     *
     * @throws QrPayloadException saying what is wrong
     */
    public static PaymentCode parse(String payload) {
        Map<String, String> objects = PayloadCheck.objects(payload);
        String initiation = objects.get("01");
        boolean dynamic = "12".equals(initiation);
        if (!dynamic && !"11".equals(initiation)) {
            throw new QrPayloadException("the point of initiation method must be 11 (static) or 12 (dynamic)");
        }
        UUID target = PayloadCheck.dropTarget(objects, dynamic);
        Currency currency = PayloadCheck.currency(objects.get("53"));
        Long amount = dynamic ? PayloadCheck.amount(objects.get("54"), currency) : null;
        if (!dynamic && objects.containsKey("54")) {
            throw new QrPayloadException("a static Drop code carries no amount");
        }
        String reference = objects.containsKey("62") ? DataObjects.parse(objects.get("62")).get("05") : null;
        try {
            return new PaymentCode(dynamic, target, objects.get("52"), currency, amount, objects.get("58"),
                    PayloadCheck.required(objects, "59"), PayloadCheck.required(objects, "60"), reference);
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new QrPayloadException("the merchant data is not valid: " + invalid.getMessage());
        }
    }

    private static String cut(String text, int codePoints) {
        return text.codePointCount(0, text.length()) <= codePoints ? text : text.substring(0, text.offsetByCodePoints(0, codePoints));
    }
}
