package dev.drop.catalog.internal;

import dev.drop.catalog.internal.persistence.CatalogMapper;
import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.CategoryRow;
import dev.drop.catalog.internal.persistence.CollectionRow;
import dev.drop.catalog.internal.persistence.ProductRow;
import dev.drop.catalog.internal.persistence.PublicQuery;
import dev.drop.merchants.Merchant;
import dev.drop.merchants.MerchantDirectory;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.paging.Cursor;
import dev.drop.platform.paging.Page;
import dev.drop.platform.paging.PageRequest;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What anyone may read: the published products of active merchants, searched, filtered, sorted and paged. */
@Component(service = PublicCatalog.class)
public final class PublicCatalog {

    public static final Set<String> SORTS = Set.of("name", "price", "price_desc", "newest");
    /** Plain decimals only: an exponent such as 1e999999999 would make parsing itself the attack. */
    private static final Pattern PRICE = Pattern.compile("\\d{1,13}([.]\\d{1,3})?");

    /** A shopper's search; null fields do not filter. Prices are decimal strings in the merchant's currency. */
    public record Search(String query, String category, String collection, String brand, String minPrice, String maxPrice,
                         Boolean inStock, String sort) {
    }

    private final Transactions transactions;
    private final MerchantDirectory merchants;
    private final Products products;

    @Activate
    public PublicCatalog(@Reference CatalogStore store, @Reference MerchantDirectory merchants, @Reference Products products) {
        this.transactions = store.transactions();
        this.merchants = merchants;
        this.products = products;
    }

    /** An active merchant by its slug; anything else is not found. */
    public Merchant shop(String slug) {
        return merchants.findBySlug(slug).filter(Merchant::isPublic)
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("There is no shop '" + slug + "'."));
    }

    public Page<Product> search(String shopSlug, Search search, PageRequest page) {
        return search(shop(shopSlug), search, page, Detail.FULL);
    }

    /** How much of each product a search reads. */
    public enum Detail {
        /** Variants and pictures. */
        FULL,
        /** Pictures, no variants: for a grid that shows each product's lowest price, which the product row keeps. */
        GRID
    }

    /** Searches a shop already looked up with {@link #shop}. */
    public Page<Product> search(Merchant shop, Search search, PageRequest page, Detail detail) {
        String sort = search.sort() == null ? "name" : search.sort();
        if (!SORTS.contains(sort)) {
            throw ProblemType.VALIDATION.exception("The sort is unknown.", List.of(new FieldError("sort",
                    "must be one of name, price, price_desc, newest")));
        }
        List<UUID> categories = null;
        if (search.category() != null) {
            List<CategoryRow> all = categories(shop);
            Optional<CategoryRow> category = all.stream().filter(row -> row.slug().equals(search.category())).findFirst();
            if (category.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            categories = Categories.withDescendants(category.get().id(), all);
        }
        UUID collection = null;
        if (search.collection() != null) {
            Optional<CollectionRow> found = collections(shop).stream()
                    .filter(row -> row.slug().equals(search.collection())).findFirst();
            if (found.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            collection = found.get().id();
        }
        Long min = price("minPrice", search.minPrice(), shop);
        Long max = price("maxPrice", search.maxPrice(), shop);
        Optional<Cursor> after = page.after();
        if (after.isPresent() && after.get().keys().size() != 2) {
            throw invalidCursor();
        }
        String afterKey = after.map(cursor -> cursor.key(0)).orElse(null);
        PublicQuery query = new PublicQuery(shop.id(), pattern(search.query()), blankToNull(search.brand()), min, max,
                Boolean.TRUE.equals(search.inStock()) ? Boolean.TRUE : null, categories, collection, sort,
                sort.equals("name") ? afterKey : null,
                sort.startsWith("price") && afterKey != null ? number(afterKey) : null,
                sort.equals("newest") && afterKey != null ? time(afterKey) : null,
                after.map(cursor -> Products.uuid(cursor.key(1))).orElse(null), page.fetchSize());
        List<Product> found = transactions.query(db -> Products.shown(db, db.getMapper(CatalogMapper.class).published(query),
                detail == Detail.FULL));
        return Page.fromOverfetch(found, page, product -> Cursor.of(sortKey(sort, product.row()), product.row().id().toString()));
    }

    public Product product(String shopSlug, String productSlug) {
        return product(shop(shopSlug), productSlug);
    }

    public Product product(Merchant shop, String productSlug) {
        Optional<ProductRow> row = productSlug == null || productSlug.length() > 96 ? Optional.empty()
                : transactions.read(db -> db.getMapper(CatalogMapper.class).publishedBySlug(shop.id(), productSlug));
        return row.flatMap(found -> products.read(shop.id(), found.id()))
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("The shop has no product '" + productSlug + "'."));
    }

    public List<CategoryRow> categories(String shopSlug) {
        return categories(shop(shopSlug));
    }

    public List<CategoryRow> categories(Merchant shop) {
        return transactions.query(db -> db.getMapper(CatalogMapper.class).categories(shop.id()));
    }

    public List<CollectionRow> collections(String shopSlug) {
        return collections(shop(shopSlug));
    }

    public List<CollectionRow> collections(Merchant shop) {
        return transactions.query(db -> db.getMapper(CatalogMapper.class).collections(shop.id()));
    }

    private static String sortKey(String sort, ProductRow row) {
        return switch (sort) {
            case "price", "price_desc" -> Long.toString(row.minPrice() == null ? 0 : row.minPrice());
            case "newest" -> row.createdAt().toString();
            default -> row.name();
        };
    }

    private static Long price(String field, String decimal, Merchant shop) {
        if (decimal == null || decimal.isBlank()) {
            return null;
        }
        try {
            if (!PRICE.matcher(decimal).matches()) {
                throw new IllegalArgumentException("not a plain decimal");
            }
            return Money.parse(decimal, shop.currency().getCurrencyCode()).amount();
        } catch (RuntimeException e) {
            throw ProblemType.VALIDATION.exception("The price filter is invalid.", List.of(new FieldError(field,
                    "must be an amount in " + shop.currency() + ", such as 129 or 129.50")));
        }
    }

    /** A case-insensitive LIKE pattern for the words of a query, with LIKE's own characters escaped. */
    static String pattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        if (query.length() > 100) {
            throw ProblemType.VALIDATION.exception("The search is too long.", List.of(new FieldError("q", "at most 100 characters")));
        }
        String escaped = query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static Long number(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw invalidCursor();
        }
    }

    private static Instant time(String key) {
        try {
            return Instant.parse(key);
        } catch (RuntimeException e) {
            throw invalidCursor();
        }
    }

    private static RuntimeException invalidCursor() {
        return ProblemType.VALIDATION.exception("The cursor is invalid.", List.of(new FieldError("cursor",
                "must be a cursor from a previous page of the same search")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
