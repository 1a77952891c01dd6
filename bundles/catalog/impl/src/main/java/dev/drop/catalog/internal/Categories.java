package dev.drop.catalog.internal;

import dev.drop.catalog.internal.persistence.CatalogMapper;
import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.CategoryRow;
import dev.drop.merchants.MerchantRole;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A merchant's category tree: each category has at most one parent, of the same merchant. */
@Component(service = Categories.class)
public final class Categories {

    private static final int MAX_CATEGORIES = 500;

    /** What a client sends to add a category; the slug defaults to one made from the name. */
    public record NewCategory(String name, String slug, UUID parentId, Integer position) {
    }

    private final Transactions transactions;
    private final Products products;

    @Activate
    public Categories(@Reference CatalogStore store, @Reference Products products) {
        this.transactions = store.transactions();
        this.products = products;
    }

    public List<CategoryRow> list(UUID merchant, Caller caller) {
        products.require(merchant, caller, MerchantRole.VIEWER);
        return all(merchant);
    }

    public CategoryRow add(UUID merchant, Caller caller, NewCategory category) {
        products.require(merchant, caller, MerchantRole.MANAGER);
        String slug = ProductRules.groupSlug("category", category.name(), category.slug());
        List<CategoryRow> existing = all(merchant);
        if (existing.size() >= MAX_CATEGORIES) {
            throw ProblemType.CONFLICT.exception("A merchant has at most " + MAX_CATEGORIES + " categories.");
        }
        requireParentAmong(category.parentId(), existing);
        CategoryRow row = new CategoryRow(UUID.randomUUID(), merchant, category.parentId(), slug, category.name().strip(),
                category.position() == null ? existing.size() : category.position());
        try {
            transactions.run(db -> db.getMapper(CatalogMapper.class).insertCategory(row));
        } catch (PersistenceException duplicate) {
            throw slugTaken(slug);
        }
        return row;
    }

    /**
     * Renames, re-slugs, moves or reorders a category (a position not sent stays as it was; no parent makes it a top
     * category). A category cannot move below itself or below one of its own subcategories.
     */
    public CategoryRow update(UUID merchant, Caller caller, UUID id, NewCategory category) {
        products.require(merchant, caller, MerchantRole.MANAGER);
        String slug = ProductRules.groupSlug("category", category.name(), category.slug());
        List<CategoryRow> existing = all(merchant);
        CategoryRow current = existing.stream().filter(row -> row.id().equals(id)).findFirst()
                .orElseThrow(() -> notFound(id));
        requireParentAmong(category.parentId(), existing);
        if (category.parentId() != null && withDescendants(id, existing).contains(category.parentId())) {
            throw ProblemType.VALIDATION.exception("A category cannot be placed below itself or its own subcategories.",
                    List.of(new FieldError("parentId", "must not be this category or one below it")));
        }
        CategoryRow row = new CategoryRow(id, merchant, category.parentId(), slug, category.name().strip(),
                category.position() == null ? current.position() : category.position());
        try {
            transactions.run(db -> db.getMapper(CatalogMapper.class).updateCategory(row));
        } catch (PersistenceException duplicate) {
            throw slugTaken(slug);
        }
        return row;
    }

    /**
     * Deletes a category that has no subcategories; its products stay and only lose it (their version moves on, so
     * an edit made from before fails its {@code If-Match}).
     */
    public void remove(UUID merchant, Caller caller, UUID id) {
        products.require(merchant, caller, MerchantRole.MANAGER);
        List<CategoryRow> existing = all(merchant);
        if (existing.stream().noneMatch(row -> row.id().equals(id))) {
            throw notFound(id);
        }
        long children = existing.stream().filter(row -> id.equals(row.parentId())).count();
        if (children > 0) {
            throw ProblemType.CONFLICT.exception("The category has " + children + " subcategories; move or delete them first.");
        }
        transactions.run(db -> {
            CatalogMapper catalog = db.getMapper(CatalogMapper.class);
            catalog.touchProductsInCategory(id, merchant, now());
            if (catalog.deleteCategory(merchant, id) != 1) {
                throw notFound(id);
            }
        });
    }

    private static void requireParentAmong(UUID parentId, List<CategoryRow> existing) {
        if (parentId != null && existing.stream().noneMatch(row -> row.id().equals(parentId))) {
            throw ProblemType.VALIDATION.exception("The parent is not a category of this merchant.",
                    List.of(new FieldError("parentId", "must be the id of one of this merchant's categories")));
        }
    }

    private static ProblemException notFound(UUID id) {
        return ProblemType.NOT_FOUND.exception("The merchant has no category " + id + ".");
    }

    private static ProblemException slugTaken(String slug) {
        return ProblemType.CONFLICT.exception("The merchant already has a category with the slug '" + slug + "'.");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    List<CategoryRow> all(UUID merchant) {
        return transactions.read(db -> db.getMapper(CatalogMapper.class).categories(merchant));
    }

    /** The category and every category below it. */
    static List<UUID> withDescendants(UUID root, List<CategoryRow> all) {
        List<UUID> found = new ArrayList<>(List.of(root));
        for (int i = 0; i < found.size(); i++) {
            UUID parent = found.get(i);
            all.stream().filter(row -> parent.equals(row.parentId())).map(CategoryRow::id).forEach(found::add);
        }
        return found;
    }
}
