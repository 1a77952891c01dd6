package dev.drop.catalog.internal.storefront;

import dev.drop.catalog.internal.Product;
import dev.drop.catalog.internal.persistence.ProductRow;
import java.util.List;

/** A product page's content, with the description already rendered to safe HTML. */
public record ProductDetails(String slug, String name, String brand, String price, boolean inStock, String descriptionHtml,
                             List<Attribute> attributes, List<Variant> variants, List<Picture> pictures) {

    /** A free key/value of the product, such as its fragrance notes. */
    public record Attribute(String name, String value) {
    }

    /** A size or edition, as shoppers choose it. */
    public record Variant(String sku, String name, String price, boolean inStock) {
    }

    static ProductDetails of(Product product, Prices prices) {
        ProductRow row = product.row();
        return new ProductDetails(row.slug(), row.name(), row.brand(), row.minPrice() == null ? null : prices.format(row.minPrice()),
                row.inStock(), Descriptions.html(row.description()), product.attributes().entrySet().stream()
                        .map(entry -> new Attribute(entry.getKey(), entry.getValue())).toList(),
                product.variants().stream().map(v -> new Variant(v.sku(), v.name(),
                        prices.format(v.price()), v.stock() > 0)).toList(),
                product.images().stream().map(image -> Picture.of(image, row.name())).toList());
    }
}
