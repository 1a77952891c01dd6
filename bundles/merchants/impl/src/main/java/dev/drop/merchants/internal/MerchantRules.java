package dev.drop.merchants.internal;

import dev.drop.platform.problem.FieldError;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/** What a merchant's details must look like. Every check returns the field errors it finds, so a form shows them all. */
public final class MerchantRules {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int SLUG_MIN = 3;
    private static final int SLUG_MAX = 48;
    /** Paths of the storefront and the platform that a shop's slug must not shadow. */
    private static final Set<String> RESERVED_SLUGS = Set.of("admin", "api", "media", "shop", "static", "assets",
            "login", "logout", "account", "drop", "www", "help", "support", "search", "new");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern ORGANISATION_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{1,38}[A-Za-z0-9]");

    private MerchantRules() {
    }

    public static void slug(String slug, List<FieldError> errors) {
        if (slug == null || slug.length() < SLUG_MIN || slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
            errors.add(new FieldError("slug", SLUG_MIN + " to " + SLUG_MAX + " lower-case letters, digits and single dashes "
                    + "between them, such as 'maison-lumiere'"));
        } else if (RESERVED_SLUGS.contains(slug)) {
            errors.add(new FieldError("slug", "'" + slug + "' is reserved; choose another"));
        }
    }

    public static void name(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must be given"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
    }

    public static void country(String country, List<FieldError> errors) {
        if (country == null || !COUNTRIES.contains(country)) {
            errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code in capitals, such as 'SE'"));
        }
    }

    /** The currency of an ISO 4217 code, or null (with an error) when it is not one. */
    public static Currency currency(String code, List<FieldError> errors) {
        if (code != null && code.matches("[A-Z]{3}")) {
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException unknown) {
                // reported below
            }
        }
        errors.add(new FieldError("currency", "must be an ISO 4217 code in capitals, such as 'SEK'"));
        return null;
    }

    public static void organisationNumber(String number, List<FieldError> errors) {
        if (number == null || !ORGANISATION_NUMBER.matcher(number).matches()) {
            errors.add(new FieldError("organisationNumber", "3 to 40 letters, digits, spaces, dots, slashes or dashes, "
                    + "such as '556677-8899'"));
        }
    }

    /** The IBAN in its electronic form (no spaces, capitals), or null (with an error) when its format or checksum fails. */
    public static String iban(String iban, List<FieldError> errors) {
        String electronic = iban == null ? "" : iban.replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(electronic);
            return electronic;
        } catch (Iban4jException | IllegalArgumentException invalid) {
            errors.add(new FieldError("payoutIban", "is not a valid IBAN: " + invalid.getMessage()));
            return null;
        }
    }
}
