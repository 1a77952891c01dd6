package dev.drop.catalog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.drop.catalog.ProductStatus;
import dev.drop.catalog.internal.media.MediaFiles;
import dev.drop.catalog.internal.persistence.CatalogMapper;
import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.CategoryRow;
import dev.drop.catalog.internal.persistence.CollectionRow;
import dev.drop.catalog.internal.persistence.ImageMapper;
import dev.drop.catalog.internal.persistence.ImageRow;
import dev.drop.catalog.internal.persistence.ProductRow;
import dev.drop.catalog.internal.persistence.VariantRow;
import dev.drop.merchants.Merchant;
import dev.drop.merchants.MerchantDirectory;
import dev.drop.merchants.MerchantRole;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.paging.Cursor;
import dev.drop.platform.paging.Page;
import dev.drop.platform.paging.PageRequest;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A merchant's products, as its staff and API keys manage them. Reading needs the VIEWER role at the merchant,
 * changing it MANAGER; anyone else learns nothing (404). Writes are guarded by the product's version.
 */
@Component(service = Products.class)
public final class Products {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectReader ATTRIBUTES = JSON.readerFor(new TypeReference<TreeMap<String, String>>() {
    });

    private final Transactions transactions;
    private final MerchantDirectory merchants;
    private final AuditLog audit;
    private final MediaFiles media;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Products(@Reference CatalogStore store, @Reference MerchantDirectory merchants, @Reference AuditLog audit,
                    @Reference MediaFiles media) {
        this.transactions = store.transactions();
        this.media = media;
        this.merchants = merchants;
        this.audit = audit;
    }

    /** The merchant, for a caller with at least {@code needed} there; 404 for callers with no role, 403 for too small a one. */
    public Merchant require(UUID merchant, Caller caller, MerchantRole needed) {
        return merchants.require(merchant, caller, needed);
    }

    public Product create(UUID merchantId, Caller caller, ProductInput input) {
        Merchant merchant = require(merchantId, caller, MerchantRole.MANAGER);
        List<FieldError> errors = errorsOfNew(input, merchant);
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The product is not valid.", errors);
        }
        Instant now = now();
        ProductRow row = newRow(merchant, input, UUID.randomUUID(), now, now, 1);
        List<ProductInput.Variant> variants = input.variants() == null ? List.of() : input.variants();
        ProductStatus status = ProductStatus.valueOf(row.status());
        List<UUID> categories = input.categories() == null ? List.of() : List.copyOf(Set.copyOf(input.categories()));
        writing(row, () -> transactions.run(db -> {
            CatalogMapper catalog = db.getMapper(CatalogMapper.class);
            requireOwnCategories(catalog, merchantId, categories);
            catalog.insertProduct(row);
            replaceVariants(catalog, row, variants);
            categories.forEach(category -> catalog.insertProductCategory(row.id(), category));
            List<UUID> collections = distinct(input.collections());
            requireOwnCollections(catalog, merchantId, collections);
            collections.forEach(collection -> catalog.insertProductCollection(row.id(), collection));
        }));
        audit.record(actor(caller), "catalog.product.create", "product:" + row.id(), row.sku() + " '" + row.name() + "' "
                + status + " at merchant " + merchantId);
        return read(merchantId, row.id()).orElseThrow();
    }

    /** What a client gets back from an import: how many products it created and how many it changed. */
    public record Imported(int created, int updated) {
    }

    /**
     * Creates or updates (by SKU) every product of a CSV sheet, all or nothing: a sheet with any bad row changes
     * nothing and every problem is reported with its row.
     */
    public Imported importSheet(UUID merchantId, Caller caller, InputStream sheet) {
        Merchant merchant = require(merchantId, caller, MerchantRole.MANAGER);
        CatalogCsv.Sheet read = CatalogCsv.read(sheet, merchant.currency());
        List<FieldError> errors = new ArrayList<>(read.errors());
        Map<String, UUID> categories = transactions.read(db -> db.getMapper(CatalogMapper.class).categories(merchantId))
                .stream().collect(Collectors.toMap(CategoryRow::slug, CategoryRow::id));
        List<ProductInput> products = new ArrayList<>();
        for (CatalogCsv.Imported imported : read.products()) {
            List<UUID> ids = new ArrayList<>();
            for (String slug : imported.categorySlugs()) {
                if (categories.containsKey(slug)) {
                    ids.add(categories.get(slug));
                } else {
                    errors.add(new FieldError("row " + imported.row() + ": categories", "the shop has no category '" + slug + "'"));
                }
            }
            ProductInput given = imported.product();
            ProductInput product = new ProductInput(given.sku(), given.name(), given.slug(), given.brand(), given.description(),
                    given.attributes(), given.status(), given.seoTitle(), given.seoDescription(), ids, given.variants(), null);
            errorsOfNew(product, merchant).forEach(error -> errors.add(new FieldError("row " + imported.row() + ": "
                    + error.field(), error.message())));
            products.add(product);
        }
        if (!errors.isEmpty()) {
            throw ProblemType.UNPROCESSABLE.exception("The sheet has " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s")
                    + "; nothing was imported.", errors.subList(0, Math.min(errors.size(), 200)));
        }
        Instant now = now();
        int[] created = {0};
        try {
            transactions.run(db -> {
                CatalogMapper catalog = db.getMapper(CatalogMapper.class);
                for (ProductInput product : products) {
                    Optional<ProductRow> existing = catalog.productBySku(merchantId, product.sku());
                    ProductRow row = newRow(merchant, product, existing.map(ProductRow::id).orElse(UUID.randomUUID()),
                            existing.map(ProductRow::createdAt).orElse(now), now,
                            existing.map(was -> was.version() + 1).orElse(1L));
                    if (existing.isPresent()) {
                        catalog.updateProduct(row);
                        catalog.deleteVariants(row.id());
                        catalog.deleteProductCategories(row.id());
                    } else {
                        catalog.insertProduct(row);
                        created[0]++;
                    }
                    replaceVariants(catalog, row, product.variants());
                    product.categories().stream().distinct().forEach(category -> catalog.insertProductCategory(row.id(), category));
                }
            });
        } catch (PersistenceException duplicate) {
            throw ProblemType.CONFLICT.exception("A slug or variant SKU of the sheet is used by another product of the shop; "
                    + "nothing was imported.");
        }
        Imported result = new Imported(created[0], products.size() - created[0]);
        audit.record(actor(caller), "catalog.import", "merchant:" + merchantId, result.created() + " created, "
                + result.updated() + " updated");
        return result;
    }

    /** Every product of the merchant as a CSV sheet the import reads back. */
    public void exportSheet(UUID merchantId, Caller caller, Writer out) throws IOException {
        require(merchantId, caller, MerchantRole.VIEWER);
        List<Product> all = new ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        while (true) {
            Page<Product> page = page(merchantId, null, new PageRequest(after, PageRequest.MAX_LIMIT));
            page.items().forEach(product -> all.add(read(merchantId, product.row().id()).orElse(product)));
            if (page.nextCursor() == null) {
                break;
            }
            after = Optional.of(Cursor.decode(page.nextCursor()));
        }
        Map<UUID, String> slugs = transactions.read(db -> db.getMapper(CatalogMapper.class).categories(merchantId)).stream()
                .collect(Collectors.toMap(CategoryRow::id, CategoryRow::slug));
        CatalogCsv.write(all, slugs, out);
    }

    public Product get(UUID merchantId, Caller caller, UUID product) {
        require(merchantId, caller, MerchantRole.VIEWER);
        return read(merchantId, product).orElseThrow(() -> notFound(product));
    }

    /** The merchant's products by name, optionally in one status. */
    public Page<Product> list(UUID merchantId, Caller caller, ProductStatus status, PageRequest page) {
        require(merchantId, caller, MerchantRole.VIEWER);
        return page(merchantId, status, page);
    }

    private Page<Product> page(UUID merchantId, ProductStatus status, PageRequest page) {
        String afterName = page.after().map(cursor -> cursor.key(0)).orElse(null);
        UUID afterId = page.after().map(cursor -> uuid(cursor.key(1))).orElse(null);
        List<ProductRow> rows = transactions.read(db -> db.getMapper(CatalogMapper.class).products(merchantId,
                status == null ? null : status.name(), afterName, afterId, page.fetchSize()));
        return Page.fromOverfetch(withDetails(rows), page, product -> Cursor.of(product.row().name(),
                product.row().id().toString()));
    }

    public Product change(UUID merchantId, Caller caller, UUID productId, ProductInput input, long expectedVersion) {
        Merchant merchant = require(merchantId, caller, MerchantRole.MANAGER);
        Product current = read(merchantId, productId).orElseThrow(() -> notFound(productId));
        ProductRow was = current.row();
        if (expectedVersion >= 0 && expectedVersion != was.version()) {
            throw stale(productId);
        }
        ProductStatus status = input.status() == null ? ProductStatus.valueOf(was.status()) : input.status();
        String slug = input.slug() == null ? was.slug() : input.slug();
        List<FieldError> errors = new ArrayList<>();
        if (input.sku() != null) {
            ProductRules.sku("sku", input.sku(), errors);
        }
        if (input.name() != null) {
            ProductRules.text("name", input.name(), 200, true, errors);
        }
        ProductRules.slug(slug, errors);
        checkOptional(input, errors);
        ProductRules.variants(input.variants(), merchant.currency(), errors);
        List<ProductInput.Variant> variants = input.variants() != null ? input.variants() : current.variants().stream()
                .map(v -> new ProductInput.Variant(v.sku(), v.name(), Money.of(v.price(),
                        was.currency()), v.stock())).toList();
        requireVariantsToPublish(status, variants, errors);
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The changes are not valid.", errors);
        }
        Map<String, String> attributes = input.attributes() == null ? current.attributes() : new TreeMap<>(input.attributes());
        ProductRow changed = new ProductRow(was.id(), merchantId, input.sku() == null ? was.sku() : input.sku(), slug,
                input.name() == null ? was.name() : input.name().strip(), keep(input.brand(), was.brand()),
                keep(input.description(), was.description()), json(attributes), status.name(),
                keep(input.seoTitle(), was.seoTitle()), keep(input.seoDescription(), was.seoDescription()), was.currency(),
                minPrice(variants), inStock(variants), was.createdAt(), now(), was.version() + 1);
        writing(changed, () -> transactions.run(db -> {
            CatalogMapper catalog = db.getMapper(CatalogMapper.class);
            if (catalog.updateProduct(changed) != 1) {
                throw stale(productId);
            }
            if (input.variants() != null) {
                catalog.deleteVariants(productId);
                replaceVariants(catalog, changed, variants);
            }
            if (input.categories() != null) {
                List<UUID> categories = List.copyOf(Set.copyOf(input.categories()));
                requireOwnCategories(catalog, merchantId, categories);
                catalog.deleteProductCategories(productId);
                categories.forEach(category -> catalog.insertProductCategory(productId, category));
            }
            if (input.collections() != null) {
                List<UUID> collections = distinct(input.collections());
                requireOwnCollections(catalog, merchantId, collections);
                catalog.deleteProductCollections(productId);
                collections.forEach(collection -> catalog.insertProductCollection(productId, collection));
            }
        }));
        if (!was.status().equals(changed.status())) {
            audit.record(actor(caller), "catalog.product.status", "product:" + productId, was.status() + " -> " + changed.status());
        }
        return read(merchantId, productId).orElseThrow();
    }

    /** Deletes the product with its variants and images; image files no other product shows go too. */
    public void delete(UUID merchantId, Caller caller, UUID productId) {
        require(merchantId, caller, MerchantRole.MANAGER);
        List<String> files = transactions.inTransaction(db -> {
            List<String> names = db.getMapper(ImageMapper.class).fileNamesOfProduct(productId);
            if (db.getMapper(CatalogMapper.class).deleteProduct(merchantId, productId) != 1) {
                throw notFound(productId);
            }
            return names;
        });
        Images.release(transactions, media, files);
        audit.record(actor(caller), "catalog.product.delete", "product:" + productId, "at merchant " + merchantId);
    }

    Optional<Product> read(UUID merchantId, UUID productId) {
        return transactions.read(db -> {
            CatalogMapper catalog = db.getMapper(CatalogMapper.class);
            return catalog.product(merchantId, productId).map(row -> new Product(row, attributes(row.attributes()),
                    catalog.variants(row.id()), catalog.categoriesOf(row.id()), catalog.collectionsOf(row.id()),
                    ProductImage.of(db.getMapper(ImageMapper.class), List.of(row.id())).getOrDefault(row.id(), List.of())));
        });
    }

    /** The rows with their variants and pictures, each read in one query for the page. */
    List<Product> withDetails(List<ProductRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(ProductRow::id).toArray(UUID[]::new);
        return transactions.read(db -> assemble(rows, db.getMapper(CatalogMapper.class).variantsOf(ids),
                db.getMapper(ImageMapper.class).imagesOf(ids)));
    }

    /**
     * Published rows as shoppers' lists show them, in a session the caller has open: variants and pictures read with
     * only what shoppers see, and variants not at all (left empty) unless {@code withVariants}.
     */
    static List<Product> shown(SqlSession db, List<ProductRow> rows, boolean withVariants) {
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(ProductRow::id).toArray(UUID[]::new);
        return assemble(rows, withVariants ? db.getMapper(CatalogMapper.class).shownVariantsOf(ids) : List.of(),
                db.getMapper(ImageMapper.class).shownImagesOf(ids));
    }

    private static List<Product> assemble(List<ProductRow> rows, List<VariantRow> variantRows, List<ImageRow> imageRows) {
        Map<UUID, List<VariantRow>> variants = variantRows.stream()
                .collect(Collectors.groupingBy(VariantRow::productId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<ProductImage>> images = ProductImage.byProduct(imageRows);
        return rows.stream().map(row -> new Product(row, attributes(row.attributes()),
                variants.getOrDefault(row.id(), List.of()), List.of(), List.of(),
                images.getOrDefault(row.id(), List.of()))).toList();
    }

    static Map<String, String> attributes(String json) {
        try {
            return ATTRIBUTES.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attributes are not JSON", e);
        }
    }

    private void writing(ProductRow row, Runnable write) {
        try {
            write.run();
        } catch (PersistenceException duplicate) {
            throw ProblemType.CONFLICT.exception("Another product of this merchant already has the SKU '" + row.sku()
                    + "', the slug '" + row.slug() + "' or one of these variant SKUs.");
        }
    }

    private static void replaceVariants(CatalogMapper catalog, ProductRow product, List<ProductInput.Variant> variants) {
        for (int i = 0; i < variants.size(); i++) {
            ProductInput.Variant variant = variants.get(i);
            catalog.insertVariant(new VariantRow(UUID.randomUUID(), product.id(), product.merchantId(), variant.sku(),
                    variant.name().strip(), variant.price().amount(), variant.stock(), i));
        }
    }

    private static void requireOwnCategories(CatalogMapper catalog, UUID merchant, List<UUID> categories) {
        if (categories.isEmpty()) {
            return;
        }
        Set<UUID> own = catalog.categories(merchant).stream().map(CategoryRow::id).collect(Collectors.toSet());
        if (!own.containsAll(categories)) {
            throw ProblemType.VALIDATION.exception("The product names categories this merchant does not have.",
                    List.of(new FieldError("categories", "must be ids of this merchant's categories")));
        }
    }

    private static List<FieldError> errorsOfNew(ProductInput input, Merchant merchant) {
        ProductStatus status = input.status() == null ? ProductStatus.DRAFT : input.status();
        List<FieldError> errors = new ArrayList<>();
        ProductRules.sku("sku", input.sku(), errors);
        ProductRules.text("name", input.name(), 200, true, errors);
        ProductRules.slug(input.slug() == null ? ProductRules.slugOf(input.name()) : input.slug(), errors);
        checkOptional(input, errors);
        ProductRules.variants(input.variants(), merchant.currency(), errors);
        requireVariantsToPublish(status, input.variants() == null ? List.of() : input.variants(), errors);
        return errors;
    }

    /** The row of a product as given whole (created, or replaced by an import). */
    private static ProductRow newRow(Merchant merchant, ProductInput input, UUID id, Instant createdAt, Instant now,
                                     long version) {
        ProductStatus status = input.status() == null ? ProductStatus.DRAFT : input.status();
        List<ProductInput.Variant> variants = input.variants() == null ? List.of() : input.variants();
        Map<String, String> attributes = input.attributes() == null ? Map.of() : new TreeMap<>(input.attributes());
        return new ProductRow(id, merchant.id(), input.sku(), input.slug() == null ? ProductRules.slugOf(input.name()) : input.slug(),
                input.name().strip(), blankToNull(input.brand()), blankToNull(input.description()), json(attributes),
                status.name(), blankToNull(input.seoTitle()), blankToNull(input.seoDescription()),
                merchant.currency().getCurrencyCode(), minPrice(variants), inStock(variants), createdAt, now, version);
    }

    private static void requireOwnCollections(CatalogMapper catalog, UUID merchant, List<UUID> collections) {
        if (collections.isEmpty()) {
            return;
        }
        Set<UUID> own = catalog.collections(merchant).stream().map(CollectionRow::id).collect(Collectors.toSet());
        if (!own.containsAll(collections)) {
            throw ProblemType.VALIDATION.exception("The product names collections this merchant does not have.",
                    List.of(new FieldError("collections", "must be ids of this merchant's collections")));
        }
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static void checkOptional(ProductInput input, List<FieldError> errors) {
        ProductRules.text("brand", input.brand(), 120, false, errors);
        ProductRules.text("description", input.description(), 20_000, false, errors);
        ProductRules.text("seoTitle", input.seoTitle(), 120, false, errors);
        ProductRules.text("seoDescription", input.seoDescription(), 320, false, errors);
        ProductRules.attributes(input.attributes(), errors);
        if (input.categories() != null && (input.categories().size() > 20 || input.categories().contains(null))) {
            errors.add(new FieldError("categories", "at most 20 category ids"));
        }
        if (input.collections() != null && (input.collections().size() > 20 || input.collections().contains(null))) {
            errors.add(new FieldError("collections", "at most 20 collection ids"));
        }
    }

    private static void requireVariantsToPublish(ProductStatus status, List<ProductInput.Variant> variants,
                                                 List<FieldError> errors) {
        if (status == ProductStatus.PUBLISHED && variants.isEmpty()) {
            errors.add(new FieldError("variants", "a published product needs at least one variant with a price"));
        }
    }

    private static Long minPrice(List<ProductInput.Variant> variants) {
        return variants.stream().filter(v -> v.price() != null).mapToLong(v -> v.price().amount()).min().stream()
                .boxed().findFirst().orElse(null);
    }

    private static boolean inStock(List<ProductInput.Variant> variants) {
        return variants.stream().anyMatch(v -> v.stock() != null && v.stock() > 0);
    }

    private static String keep(String given, String was) {
        return given == null ? was : blankToNull(given);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String json(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is JSON", e);
        }
    }

    static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemType.VALIDATION.exception("The cursor is invalid.", List.of(new FieldError("cursor",
                    "must be a cursor from a previous page")));
        }
    }

    private static String actor(Caller caller) {
        return caller.scopes().isEmpty() ? "user:" + caller.subject() : caller.subject();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static RuntimeException notFound(UUID product) {
        return ProblemType.NOT_FOUND.exception("The merchant has no product " + product + ".");
    }

    private static RuntimeException stale(UUID product) {
        return ProblemType.PRECONDITION_FAILED.exception("The product " + product + " changed since you read it; read it "
                + "again and reapply your change.");
    }
}
