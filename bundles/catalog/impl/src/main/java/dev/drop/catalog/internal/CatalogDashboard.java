package dev.drop.catalog.internal;

import dev.drop.catalog.ProductStatus;
import dev.drop.catalog.internal.persistence.CatalogMapper;
import dev.drop.catalog.internal.persistence.ImageMapper;
import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.StatusCount;
import dev.drop.merchants.DashboardSection;
import dev.drop.platform.db.Transactions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The catalog's part of a merchant's dashboard: products by status, variants, gaps in stock, the latest changes. */
@Component(service = DashboardSection.class)
public final class CatalogDashboard implements DashboardSection {

    private static final int RECENT = 5;

    private final Transactions transactions;

    @Activate
    public CatalogDashboard(@Reference CatalogStore store) {
        this.transactions = store.transactions();
    }

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public Map<String, Object> figures(UUID merchant) {
        return transactions.read(db -> {
            CatalogMapper catalog = db.getMapper(CatalogMapper.class);
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (ProductStatus status : ProductStatus.values()) {
                byStatus.put(status.name(), 0);
            }
            for (StatusCount count : catalog.countByStatus(merchant)) {
                byStatus.put(count.status(), count.products());
            }
            List<Map<String, Object>> recent = catalog.recentlyChanged(merchant, RECENT).stream()
                    .map(row -> Map.<String, Object>of("id", row.id().toString(), "sku", row.sku(), "name", row.name(),
                            "status", row.status(), "updatedAt", row.updatedAt().toString()))
                    .toList();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("productsByStatus", byStatus);
            figures.put("variants", catalog.countVariants(merchant));
            figures.put("publishedOutOfStock", catalog.countPublishedOutOfStock(merchant));
            figures.put("categories", catalog.countCategories(merchant));
            figures.put("images", db.getMapper(ImageMapper.class).countImagesOfMerchant(merchant));
            figures.put("recentlyChanged", recent);
            return figures;
        });
    }
}
