package dev.drop.catalog.internal.persistence;

import dev.drop.platform.db.Database;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.Transactions;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code catalog} schema, migrated when the module starts, shared by the module's components. */
@Component(service = CatalogStore.class, immediate = true)
public final class CatalogStore {

    private final Transactions transactions;

    @Activate
    public CatalogStore(@Reference Database database) {
        this.transactions = database.open(ModuleSchema.of("catalog", CatalogStore.class,
                List.of(CatalogMapper.class, ImageMapper.class, StockMapper.class),
                List.of(ProductRow.class, VariantRow.class, CategoryRow.class, PublicQuery.class, StatusCount.class,
                        CollectionRow.class, ImageRow.class, SaleVariant.class, StockClaimRow.class)));
    }

    public Transactions transactions() {
        return transactions;
    }
}
