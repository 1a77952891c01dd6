package dev.drop.catalog.internal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.drop.catalog.ProductStatus;
import dev.drop.catalog.internal.Product;
import dev.drop.catalog.internal.ProductImage;
import dev.drop.catalog.internal.persistence.CategoryRow;
import dev.drop.catalog.internal.persistence.CollectionRow;
import dev.drop.catalog.internal.persistence.ProductRow;
import dev.drop.catalog.internal.persistence.VariantRow;
import dev.drop.platform.money.Money;
import dev.drop.platform.paging.Page;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON the catalog routes answer with. Money is {@code {"amount": <minor units>, "currency": "SEK"}}. */
final class Views {

    private Views() {
    }

    record Variant(UUID id, String sku, String name, Money price, int stock) {

        static Variant of(VariantRow row, String currency) {
            return new Variant(row.id(), row.sku(), row.name(), Money.of(row.price(), currency), row.stock());
        }
    }

    /** A product as its merchant's staff see it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StaffProduct(UUID id, String sku, String slug, String name, String brand, String description,
                        Map<String, String> attributes, ProductStatus status, String seoTitle, String seoDescription,
                        Money fromPrice, boolean inStock, List<Variant> variants, List<UUID> categories,
                        List<UUID> collections, List<Image> images, Instant createdAt, Instant updatedAt, long version) {

        static StaffProduct of(Product product) {
            ProductRow row = product.row();
            return new StaffProduct(row.id(), row.sku(), row.slug(), row.name(), row.brand(), row.description(),
                    product.attributes(), ProductStatus.valueOf(row.status()), row.seoTitle(), row.seoDescription(),
                    row.minPrice() == null ? null : Money.of(row.minPrice(), row.currency()), row.inStock(),
                    product.variants().stream().map(v -> Variant.of(v, row.currency())).toList(), product.categories(),
                    product.collections(), Image.of(product.images()), row.createdAt(), row.updatedAt(), row.version());
        }
    }

    /** A picture: {@code url} is its widest stored size, {@code sources} every size, narrowest first (for srcset). */
    record Image(UUID id, String alt, int width, int height, String url, List<Source> sources) {

        static Image of(ProductImage image) {
            List<Source> sources = image.files().stream().map(file -> new Source(file.width(), file.height(),
                    "/media/" + file.file())).toList();
            return new Image(image.row().id(), image.row().alt(), image.row().width(), image.row().height(),
                    sources.isEmpty() ? null : sources.get(sources.size() - 1).url(), sources);
        }

        static List<Image> of(List<ProductImage> images) {
            return images.stream().map(Image::of).toList();
        }
    }

    record Source(int width, int height, String url) {
    }

    record StaffProducts(List<StaffProduct> products, String next) {

        static StaffProducts of(Page<Product> page) {
            return new StaffProducts(page.items().stream().map(StaffProduct::of).toList(), page.nextCursor());
        }
    }

    /** A product as shoppers see it: no SKU of the product itself, no status, no internal ids of categories. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PublicProduct(String slug, String name, String brand, String description, Map<String, String> attributes,
                         Money fromPrice, boolean inStock, List<PublicVariant> variants, List<Image> images,
                         String seoTitle, String seoDescription) {

        static PublicProduct of(Product product) {
            ProductRow row = product.row();
            return new PublicProduct(row.slug(), row.name(), row.brand(), row.description(), product.attributes(),
                    row.minPrice() == null ? null : Money.of(row.minPrice(), row.currency()), row.inStock(),
                    product.variants().stream().map(v -> new PublicVariant(v.sku(), v.name(),
                            Money.of(v.price(), row.currency()), v.stock() > 0)).toList(), Image.of(product.images()),
                    row.seoTitle(), row.seoDescription());
        }
    }

    record PublicVariant(String sku, String name, Money price, boolean inStock) {
    }

    record PublicProducts(List<PublicProduct> products, String next) {

        static PublicProducts of(Page<Product> page) {
            return new PublicProducts(page.items().stream().map(PublicProduct::of).toList(), page.nextCursor());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Category(UUID id, String slug, String name, UUID parentId, int position) {

        static Category of(CategoryRow row) {
            return new Category(row.id(), row.slug(), row.name(), row.parentId(), row.position());
        }
    }

    record Categories(List<Category> categories) {
    }

    record Collection(UUID id, String slug, String name, int position) {

        static Collection of(CollectionRow row) {
            return new Collection(row.id(), row.slug(), row.name(), row.position());
        }
    }

    record Collections(List<Collection> collections) {
    }
}
