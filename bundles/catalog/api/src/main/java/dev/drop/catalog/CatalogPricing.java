package dev.drop.catalog;

import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a merchant's products cost now, for modules that sell them: the catalog prices an order, nobody else. Only
 * variants of published products with enough stock are priced.
 */
@ProviderType
public interface CatalogPricing {

    /**
     * Prices the lines in the merchant's currency, in their order.
     *
     * @throws dev.drop.platform.problem.ProblemException a 422 naming {@code lines[i].sku} or {@code lines[i].quantity}
     *                                                    when a SKU is not on sale or has too little stock
     */
    List<PricedLine> price(UUID merchantId, List<OrderLine> lines);
}
