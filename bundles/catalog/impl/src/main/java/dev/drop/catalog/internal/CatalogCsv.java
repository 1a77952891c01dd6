package dev.drop.catalog.internal;

import dev.drop.catalog.ProductStatus;
import dev.drop.catalog.internal.persistence.ProductRow;
import dev.drop.catalog.internal.persistence.VariantRow;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The catalog as a spreadsheet: one row per variant, the product's own columns repeated on each of its rows (a product
 * without variants has one row with empty variant columns), categories as slugs separated by {@code |}, and one
 * {@code attribute:<name>} column per attribute. Prices are decimal amounts in the merchant's currency.
 */
final class CatalogCsv {

    static final List<String> COLUMNS = List.of("sku", "name", "slug", "brand", "description", "status", "categories",
            "seo_title", "seo_description", "variant_sku", "variant_name", "price", "stock");
    static final String ATTRIBUTE = "attribute:";
    static final int MAX_ROWS = 5000;
    private static final Set<String> REQUIRED = Set.of("sku", "name");
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    /** A product read from the sheet: the row it starts on, what it says, and its categories by slug. */
    record Imported(long row, ProductInput product, List<String> categorySlugs) {
    }

    /** The products of a sheet, or every error found in it. */
    record Sheet(List<Imported> products, List<FieldError> errors) {
    }

    private CatalogCsv() {
    }

    static Sheet read(InputStream body, Currency currency) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Imported> products = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(body).get(), StandardCharsets.UTF_8);
             CSVParser parser = READ.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header, errors);
            if (!errors.isEmpty()) {
                return new Sheet(List.of(), errors);
            }
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                if (row > MAX_ROWS + 1) {
                    throw ProblemType.PAYLOAD_TOO_LARGE.exception("A sheet has at most " + MAX_ROWS + " rows; split it.");
                }
                readRow(record, row, header, currency, products, errors);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
            throw ProblemType.BAD_REQUEST.exception("The body is not a readable CSV sheet: " + reason(malformed) + ".");
        }
        return new Sheet(List.copyOf(products.values()), errors);
    }

    /** What the parser said, without exception class names. */
    private static String reason(Exception malformed) {
        Throwable cause = malformed;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "it ends unexpectedly" : cause.getMessage();
        return message.replaceAll("([\\w.$]+(Exception|Error): )+", "");
    }

    private static void checkHeader(List<String> header, List<FieldError> errors) {
        if (header == null || header.isEmpty()) {
            errors.add(new FieldError("row 1", "the first row must name the columns: " + String.join(",", COLUMNS)));
            return;
        }
        for (String column : header) {
            if (!COLUMNS.contains(column) && !(column.startsWith(ATTRIBUTE) && column.length() > ATTRIBUTE.length())) {
                errors.add(new FieldError("row 1", "unknown column '" + column + "'; the columns are " + String.join(",", COLUMNS)
                        + " and attribute:<name>"));
            }
        }
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                errors.add(new FieldError("row 1", "the column '" + required + "' is missing"));
            }
        }
    }

    private static void readRow(CSVRecord record, long row, List<String> header, Currency currency,
                                Map<String, Imported> products, List<FieldError> errors) {
        if (!record.isConsistent()) {
            errors.add(new FieldError("row " + row, "has " + record.size() + " cells; the header has " + header.size()));
            return;
        }
        String sku = cell(record, "sku");
        if (sku == null) {
            errors.add(new FieldError("row " + row + ": sku", "must be given"));
            return;
        }
        ProductStatus status = null;
        String statusText = cell(record, "status");
        if (statusText != null) {
            try {
                status = ProductStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("row " + row + ": status", "must be DRAFT, PUBLISHED or ARCHIVED"));
            }
        }
        Map<String, String> attributes = new TreeMap<>();
        for (String column : header) {
            if (column.startsWith(ATTRIBUTE) && cell(record, column) != null) {
                attributes.put(column.substring(ATTRIBUTE.length()), cell(record, column));
            }
        }
        List<String> categories = cell(record, "categories") == null ? List.of()
                : List.of(cell(record, "categories").split("\\s*\\|\\s*"));
        ProductInput product = new ProductInput(sku, cell(record, "name"), cell(record, "slug"), cell(record, "brand"),
                cell(record, "description"), attributes, status, cell(record, "seo_title"), cell(record, "seo_description"),
                null, new ArrayList<>(), null);
        Imported first = products.get(sku);
        if (first == null) {
            first = new Imported(row, product, categories);
            products.put(sku, first);
        } else if (!sameProduct(first, product, categories)) {
            errors.add(new FieldError("row " + row, "describes product " + sku + " differently from row " + first.row()
                    + "; repeat the product's columns unchanged on each of its variants' rows"));
        }
        ProductInput.Variant variant = variant(record, row, currency, errors);
        if (variant != null) {
            first.product().variants().add(variant);
        }
    }

    private static ProductInput.Variant variant(CSVRecord record, long row, Currency currency, List<FieldError> errors) {
        String sku = cell(record, "variant_sku");
        if (sku == null) {
            if (cell(record, "price") != null || cell(record, "stock") != null || cell(record, "variant_name") != null) {
                errors.add(new FieldError("row " + row + ": variant_sku", "must be given for a variant"));
            }
            return null;
        }
        Money price = null;
        String priceText = cell(record, "price");
        try {
            if (priceText == null || !priceText.matches("\\d{1,13}([.]\\d{1,3})?")) {
                throw new IllegalArgumentException("not a plain decimal");
            }
            price = Money.parse(new BigDecimal(priceText).toPlainString(), currency.getCurrencyCode());
        } catch (RuntimeException e) {
            errors.add(new FieldError("row " + row + ": price", "must be an amount in " + currency + ", such as 1290 or 1290.50"));
        }
        Integer stock = null;
        String stockText = cell(record, "stock");
        try {
            stock = stockText == null ? 0 : Integer.valueOf(stockText);
        } catch (NumberFormatException e) {
            errors.add(new FieldError("row " + row + ": stock", "must be a whole number"));
        }
        return new ProductInput.Variant(sku, cell(record, "variant_name"), price, stock);
    }

    private static boolean sameProduct(Imported first, ProductInput other, List<String> categories) {
        ProductInput one = first.product();
        return Objects.equals(one.name(), other.name()) && Objects.equals(one.slug(), other.slug())
                && Objects.equals(one.brand(), other.brand()) && Objects.equals(one.description(), other.description())
                && Objects.equals(one.status(), other.status()) && Objects.equals(one.attributes(), other.attributes())
                && Objects.equals(first.categorySlugs(), categories);
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    /** Writes products as a sheet the import reads back unchanged. */
    static void write(List<Product> products, Map<UUID, String> categorySlugs, Writer out) throws IOException {
        Set<String> attributeNames = new TreeSet<>();
        products.forEach(product -> attributeNames.addAll(product.attributes().keySet()));
        List<String> header = new ArrayList<>(COLUMNS);
        attributeNames.forEach(name -> header.add(ATTRIBUTE + name));
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (Product product : products) {
                String categories = String.join("|", product.categories().stream().map(categorySlugs::get)
                        .filter(Objects::nonNull).sorted().toList());
                if (product.variants().isEmpty()) {
                    printer.printRecord(row(product, categories, null, attributeNames));
                }
                for (VariantRow variant : product.variants()) {
                    printer.printRecord(row(product, categories, variant, attributeNames));
                }
            }
        }
    }

    private static List<String> row(Product product, String categories, VariantRow variant, Set<String> attributeNames) {
        ProductRow p = product.row();
        List<String> cells = new ArrayList<>(List.of(p.sku(), p.name(), p.slug(), orEmpty(p.brand()), orEmpty(p.description()),
                p.status(), categories, orEmpty(p.seoTitle()), orEmpty(p.seoDescription())));
        if (variant == null) {
            cells.addAll(List.of("", "", "", ""));
        } else {
            int digits = Currency.getInstance(p.currency()).getDefaultFractionDigits();
            cells.addAll(List.of(variant.sku(), variant.name(),
                    BigDecimal.valueOf(variant.price()).movePointLeft(digits).toPlainString(), Integer.toString(variant.stock())));
        }
        attributeNames.forEach(name -> cells.add(product.attributes().getOrDefault(name, "")));
        return cells;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
