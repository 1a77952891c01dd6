package dev.drop.catalog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.catalog.ProductStatus;
import dev.drop.catalog.internal.persistence.CatalogMapper;
import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.CategoryRow;
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
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.ibatis.exceptions.PersistenceException;
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
    private static final TypeReference<TreeMap<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private final Transactions transactions;
    private final MerchantDirectory merchants;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Products(@Reference CatalogStore store, @Reference MerchantDirectory merchants, @Reference AuditLog audit) {
        this.transactions = store.transactions();
        this.merchants = merchants;
        this.audit = audit;
    }

    /** The merchant, for a caller with at least {@code needed} there; 404 for callers with no role, 403 for too small a one. */
    public Merchant require(UUID merchant, Caller caller, MerchantRole needed) {
        Optional<MerchantRole> role = merchants.roleOf(merchant, caller);
        Optional<Merchant> found = role.isEmpty() ? Optional.empty() : merchants.find(merchant);
        if (found.isEmpty()) {
            throw ProblemType.NOT_FOUND.exception("There is no merchant " + merchant + " that you can see.");
        }
        if (!role.get().includes(needed)) {
            throw ProblemType.FORBIDDEN.exception("This needs the merchant role " + needed + "; you are " + role.get() + ".");
        }
        return found.get();
    }

    public Product create(UUID merchantId, Caller caller, ProductInput input) {
        Merchant merchant = require(merchantId, caller, MerchantRole.MANAGER);
        ProductStatus status = input.status() == null ? ProductStatus.DRAFT : input.status();
        String slug = input.slug() == null ? ProductRules.slugOf(input.name()) : input.slug();
        List<FieldError> errors = new ArrayList<>();
        ProductRules.sku("sku", input.sku(), errors);
        ProductRules.text("name", input.name(), 200, true, errors);
        ProductRules.slug(slug, errors);
        checkOptional(input, errors);
        ProductRules.variants(input.variants(), merchant.currency(), errors);
        List<ProductInput.Variant> variants = input.variants() == null ? List.of() : input.variants();
        requireVariantsToPublish(status, variants, errors);
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The product is not valid.", errors);
        }
        Instant now = now();
        Map<String, String> attributes = input.attributes() == null ? Map.of() : new TreeMap<>(input.attributes());
        ProductRow row = new ProductRow(UUID.randomUUID(), merchantId, input.sku(), slug, input.name().strip(),
                blankToNull(input.brand()), blankToNull(input.description()), json(attributes), status.name(),
                blankToNull(input.seoTitle()), blankToNull(input.seoDescription()), merchant.currency().getCurrencyCode(),
                minPrice(variants), inStock(variants), now, now, 1);
        List<UUID> categories = input.categories() == null ? List.of() : List.copyOf(Set.copyOf(input.categories()));
        writing(row, () -> transactions.run(db -> {
            CatalogMapper catalog = db.getMapper(CatalogMapper.class);
            requireOwnCategories(catalog, merchantId, categories);
            catalog.insertProduct(row);
            replaceVariants(catalog, row, variants);
            categories.forEach(category -> catalog.insertProductCategory(row.id(), category));
        }));
        audit.record(actor(caller), "catalog.product.create", "product:" + row.id(), row.sku() + " '" + row.name() + "' "
                + status + " at merchant " + merchantId);
        return read(merchantId, row.id()).orElseThrow();
    }

    public Product get(UUID merchantId, Caller caller, UUID product) {
        require(merchantId, caller, MerchantRole.VIEWER);
        return read(merchantId, product).orElseThrow(() -> notFound(product));
    }

    /** The merchant's products by name, optionally in one status. */
    public Page<Product> list(UUID merchantId, Caller caller, ProductStatus status, PageRequest page) {
        require(merchantId, caller, MerchantRole.VIEWER);
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
        }));
        if (!was.status().equals(changed.status())) {
            audit.record(actor(caller), "catalog.product.status", "product:" + productId, was.status() + " -> " + changed.status());
        }
        return read(merchantId, productId).orElseThrow();
    }

    public void delete(UUID merchantId, Caller caller, UUID productId) {
        require(merchantId, caller, MerchantRole.MANAGER);
        if (transactions.inTransaction(db -> db.getMapper(CatalogMapper.class).deleteProduct(merchantId, productId)) != 1) {
            throw notFound(productId);
        }
        audit.record(actor(caller), "catalog.product.delete", "product:" + productId, "at merchant " + merchantId);
    }

    Optional<Product> read(UUID merchantId, UUID productId) {
        return transactions.read(db -> {
            CatalogMapper catalog = db.getMapper(CatalogMapper.class);
            return catalog.product(merchantId, productId).map(row -> new Product(row, attributes(row.attributes()),
                    catalog.variants(row.id()), catalog.categoriesOf(row.id())));
        });
    }

    /** The rows with their variants, read in one query for the page. */
    List<Product> withDetails(List<ProductRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<VariantRow>> variants = transactions.read(db -> db.getMapper(CatalogMapper.class)
                .variantsOf(rows.stream().map(ProductRow::id).toList())).stream()
                .collect(Collectors.groupingBy(VariantRow::productId, LinkedHashMap::new, Collectors.toList()));
        return rows.stream().map(row -> new Product(row, attributes(row.attributes()),
                variants.getOrDefault(row.id(), List.of()), List.of())).toList();
    }

    static Map<String, String> attributes(String json) {
        try {
            return JSON.readValue(json, ATTRIBUTES);
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

    private static void checkOptional(ProductInput input, List<FieldError> errors) {
        ProductRules.text("brand", input.brand(), 120, false, errors);
        ProductRules.text("description", input.description(), 20_000, false, errors);
        ProductRules.text("seoTitle", input.seoTitle(), 120, false, errors);
        ProductRules.text("seoDescription", input.seoDescription(), 320, false, errors);
        ProductRules.attributes(input.attributes(), errors);
        if (input.categories() != null && (input.categories().size() > 20 || input.categories().contains(null))) {
            errors.add(new FieldError("categories", "at most 20 category ids"));
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
