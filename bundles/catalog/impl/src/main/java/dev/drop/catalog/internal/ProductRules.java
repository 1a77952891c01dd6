package dev.drop.catalog.internal;

import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a product must look like; each check adds the field errors it finds, so a form can show them all. */
public final class ProductRules {

    static final int MAX_VARIANTS = 50;
    static final int MAX_ATTRIBUTES = 30;
    static final long MAX_PRICE = 1_000_000_000_000L;
    static final int MAX_STOCK = 1_000_000_000;
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int SLUG_MAX = 96;

    private ProductRules() {
    }

    public static void sku(String field, String sku, List<FieldError> errors) {
        if (sku == null || !SKU.matcher(sku).matches()) {
            errors.add(new FieldError(field, "1 to 64 letters, digits, dots, dashes, slashes or underscores, starting "
                    + "with a letter or digit"));
        }
    }

    public static void slug(String slug, List<FieldError> errors) {
        if (slug == null || slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
            errors.add(new FieldError("slug", "1 to " + SLUG_MAX + " lower-case letters, digits and single dashes"));
        }
    }

    /** A slug made from a name: accents dropped, everything else that is not a letter or digit a dash. */
    public static String slugOf(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String cut = plain.length() > SLUG_MAX ? plain.substring(0, SLUG_MAX).replaceAll("-$", "") : plain;
        return cut.isEmpty() ? "product" : cut;
    }

    /**
     * The slug of a category or collection ({@code what}): the one sent, or one made from the name; refuses a missing
     * or long name and a malformed or long slug.
     */
    public static String groupSlug(String what, String name, String slug) {
        String chosen = slug == null ? slugOf(name) : slug;
        List<FieldError> errors = new ArrayList<>();
        text("name", name, 120, true, errors);
        if (chosen.length() > 64) {
            errors.add(new FieldError("slug", "at most 64 characters"));
        }
        slug(chosen, errors);
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The " + what + " is not valid.", errors);
        }
        return chosen;
    }

    public static void text(String field, String value, int max, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "must be given"));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
    }

    public static void attributes(Map<String, String> attributes, List<FieldError> errors) {
        if (attributes == null) {
            return;
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            errors.add(new FieldError("attributes", "at most " + MAX_ATTRIBUTES + " attributes"));
            return;
        }
        attributes.forEach((key, value) -> {
            text("attributes", key, 40, true, errors);
            text("attributes." + key, value, 500, true, errors);
        });
    }

    public static void variants(List<ProductInput.Variant> variants, Currency currency, List<FieldError> errors) {
        if (variants == null) {
            return;
        }
        if (variants.size() > MAX_VARIANTS) {
            errors.add(new FieldError("variants", "at most " + MAX_VARIANTS + " variants"));
            return;
        }
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            String at = "variants[" + i + "]";
            ProductInput.Variant variant = variants.get(i);
            if (variant == null) {
                errors.add(new FieldError(at, "must be an object"));
                continue;
            }
            sku(at + ".sku", variant.sku(), errors);
            if (variant.sku() != null && !skus.add(variant.sku())) {
                errors.add(new FieldError(at + ".sku", "is used by another variant of this product"));
            }
            text(at + ".name", variant.name(), 120, true, errors);
            price(at + ".price", variant.price(), currency, errors);
            if (variant.stock() == null || variant.stock() < 0 || variant.stock() > MAX_STOCK) {
                errors.add(new FieldError(at + ".stock", "must be a whole number from 0 to " + MAX_STOCK));
            }
        }
    }

    private static void price(String field, Money price, Currency currency, List<FieldError> errors) {
        if (price == null) {
            errors.add(new FieldError(field, "must be given as {\"amount\": <minor units>, \"currency\": \"" + currency + "\"}"));
        } else if (!price.currency().equals(currency)) {
            errors.add(new FieldError(field + ".currency", "must be " + currency + ", the merchant's currency"));
        } else if (price.amount() < 0 || price.amount() > MAX_PRICE) {
            errors.add(new FieldError(field + ".amount", "must be from 0 to " + MAX_PRICE + " minor units"));
        }
    }
}
