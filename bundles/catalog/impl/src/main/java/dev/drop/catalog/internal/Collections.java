package dev.drop.catalog.internal;

import dev.drop.catalog.internal.persistence.CatalogMapper;
import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.CollectionRow;
import dev.drop.merchants.MerchantRole;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A merchant's collections: curated sets of its products, such as "Winter favourites". */
@Component(service = Collections.class)
public final class Collections {

    private static final int MAX_COLLECTIONS = 200;

    /** What a client sends to add a collection; the slug defaults to one made from the name. */
    public record NewCollection(String name, String slug, Integer position) {
    }

    private final Transactions transactions;
    private final Products products;

    @Activate
    public Collections(@Reference CatalogStore store, @Reference Products products) {
        this.transactions = store.transactions();
        this.products = products;
    }

    public List<CollectionRow> list(UUID merchant, Caller caller) {
        products.require(merchant, caller, MerchantRole.VIEWER);
        return all(merchant);
    }

    public CollectionRow add(UUID merchant, Caller caller, NewCollection collection) {
        products.require(merchant, caller, MerchantRole.MANAGER);
        String slug = ProductRules.groupSlug("collection", collection.name(), collection.slug());
        List<CollectionRow> existing = all(merchant);
        if (existing.size() >= MAX_COLLECTIONS) {
            throw ProblemType.CONFLICT.exception("A merchant has at most " + MAX_COLLECTIONS + " collections.");
        }
        CollectionRow row = new CollectionRow(UUID.randomUUID(), merchant, slug, collection.name().strip(),
                collection.position() == null ? existing.size() : collection.position());
        try {
            transactions.run(db -> db.getMapper(CatalogMapper.class).insertCollection(row));
        } catch (PersistenceException duplicate) {
            throw slugTaken(slug);
        }
        return row;
    }

    /** Renames, re-slugs or reorders a collection; a position not sent stays as it was. */
    public CollectionRow update(UUID merchant, Caller caller, UUID id, NewCollection collection) {
        products.require(merchant, caller, MerchantRole.MANAGER);
        String slug = ProductRules.groupSlug("collection", collection.name(), collection.slug());
        CollectionRow current = all(merchant).stream().filter(row -> row.id().equals(id)).findFirst()
                .orElseThrow(() -> notFound(id));
        CollectionRow row = new CollectionRow(id, merchant, slug, collection.name().strip(),
                collection.position() == null ? current.position() : collection.position());
        try {
            transactions.run(db -> db.getMapper(CatalogMapper.class).updateCollection(row));
        } catch (PersistenceException duplicate) {
            throw slugTaken(slug);
        }
        return row;
    }

    /**
     * Deletes a collection; its products stay and only leave it (their version moves on, so an edit made from before
     * fails its {@code If-Match}).
     */
    public void remove(UUID merchant, Caller caller, UUID id) {
        products.require(merchant, caller, MerchantRole.MANAGER);
        transactions.run(db -> {
            CatalogMapper catalog = db.getMapper(CatalogMapper.class);
            catalog.touchProductsInCollection(id, merchant, Instant.now().truncatedTo(ChronoUnit.MICROS));
            if (catalog.deleteCollection(merchant, id) != 1) {
                throw notFound(id);
            }
        });
    }

    private static ProblemException notFound(UUID id) {
        return ProblemType.NOT_FOUND.exception("The merchant has no collection " + id + ".");
    }

    private static ProblemException slugTaken(String slug) {
        return ProblemType.CONFLICT.exception("The merchant already has a collection with the slug '" + slug + "'.");
    }

    List<CollectionRow> all(UUID merchant) {
        return transactions.read(db -> db.getMapper(CatalogMapper.class).collections(merchant));
    }
}
