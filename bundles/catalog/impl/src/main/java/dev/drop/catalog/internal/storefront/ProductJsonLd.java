package dev.drop.catalog.internal.storefront;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.catalog.internal.Product;
import dev.drop.catalog.internal.persistence.ProductRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema.org {@code Product} of a product page, as JSON that is safe inside a {@code <script>} element. */
final class ProductJsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProductJsonLd() {
    }

    static String of(Product product, String shopName, String url, List<String> imageUrls, Prices prices) {
        ProductRow row = product.row();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Product");
        ld.put("name", row.name());
        ld.put("sku", row.sku());
        if (row.brand() != null) {
            ld.put("brand", Map.of("@type", "Brand", "name", row.brand()));
        }
        String description = row.seoDescription() != null ? row.seoDescription() : Descriptions.summary(row.description(), 5000);
        if (!description.isEmpty()) {
            ld.put("description", description);
        }
        if (!imageUrls.isEmpty()) {
            ld.put("image", imageUrls);
        }
        ld.put("url", url);
        ld.put("offers", product.variants().stream().map(variant -> {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("@type", "Offer");
            offer.put("sku", variant.sku());
            offer.put("name", variant.name());
            offer.put("price", prices.decimal(variant.price()));
            offer.put("priceCurrency", row.currency());
            offer.put("availability", variant.stock() > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
            offer.put("seller", Map.of("@type", "Organization", "name", shopName));
            return offer;
        }).toList());
        try {
            // "<" only ever occurs inside JSON strings, where \u003c means the same: "</script>" cannot end the element
            return JSON.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is JSON", e);
        }
    }
}
