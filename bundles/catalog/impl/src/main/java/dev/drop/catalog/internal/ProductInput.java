package dev.drop.catalog.internal;

import dev.drop.catalog.ProductStatus;
import dev.drop.platform.money.Money;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product as a client sends it: whole to create one, partly to change one (absent fields stay as they are; a
 * {@code variants}, {@code categories} or {@code collections} list replaces the previous one).
 */
public record ProductInput(String sku, String name, String slug, String brand, String description,
                           Map<String, String> attributes, ProductStatus status, String seoTitle, String seoDescription,
                           List<UUID> categories, List<Variant> variants, List<UUID> collections) {

    /** A size or edition: its own SKU, a price in the merchant's currency, the units in stock. */
    public record Variant(String sku, String name, Money price, Integer stock) {
    }
}
