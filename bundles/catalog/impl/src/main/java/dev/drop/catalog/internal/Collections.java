package dev.drop.catalog.internal;

import dev.drop.catalog.internal.persistence.CatalogMapper;
import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.CollectionRow;
import dev.drop.merchants.MerchantRole;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import java.util.ArrayList;
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
        String slug = collection.slug() == null ? ProductRules.slugOf(collection.name()) : collection.slug();
        List<FieldError> errors = new ArrayList<>();
        ProductRules.text("name", collection.name(), 120, true, errors);
        if (slug.length() > 64) {
            errors.add(new FieldError("slug", "at most 64 characters"));
        }
        ProductRules.slug(slug, errors);
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The collection is not valid.", errors);
        }
        List<CollectionRow> existing = all(merchant);
        if (existing.size() >= MAX_COLLECTIONS) {
            throw ProblemType.CONFLICT.exception("A merchant has at most " + MAX_COLLECTIONS + " collections.");
        }
        CollectionRow row = new CollectionRow(UUID.randomUUID(), merchant, slug, collection.name().strip(),
                collection.position() == null ? existing.size() : collection.position());
        try {
            transactions.run(db -> db.getMapper(CatalogMapper.class).insertCollection(row));
        } catch (PersistenceException duplicate) {
            throw ProblemType.CONFLICT.exception("The merchant already has a collection with the slug '" + slug + "'.");
        }
        return row;
    }

    List<CollectionRow> all(UUID merchant) {
        return transactions.read(db -> db.getMapper(CatalogMapper.class).collections(merchant));
    }
}
