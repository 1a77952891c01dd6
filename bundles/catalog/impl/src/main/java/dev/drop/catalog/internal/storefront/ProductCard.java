package dev.drop.catalog.internal.storefront;

import dev.drop.catalog.internal.Product;
import dev.drop.catalog.internal.persistence.ProductRow;

/** A product in a shop's grid: its first picture, name, brand and lowest price. */
public record ProductCard(String name, String brand, String url, String price, boolean inStock, Picture picture) {

    static ProductCard of(Product product, String shopPath, Prices prices) {
        ProductRow row = product.row();
        Picture picture = product.images().isEmpty() ? null : Picture.of(product.images().get(0), row.name());
        return new ProductCard(row.name(), row.brand(), shopPath + "p/" + row.slug(),
                row.minPrice() == null ? null : prices.format(row.minPrice()), row.inStock(), picture);
    }
}
