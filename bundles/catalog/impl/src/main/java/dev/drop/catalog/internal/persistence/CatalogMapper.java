package dev.drop.catalog.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL of the {@code catalog} schema; see CatalogMapper.xml. */
public interface CatalogMapper {

    Optional<ProductRow> product(@Param("merchantId") UUID merchantId, @Param("id") UUID id);

    Optional<ProductRow> productBySku(@Param("merchantId") UUID merchantId, @Param("sku") String sku);

    Optional<ProductRow> publishedBySlug(@Param("merchantId") UUID merchantId, @Param("slug") String slug);

    /** A merchant's products by name, any status (all when null), after the given name and id. */
    List<ProductRow> products(@Param("merchantId") UUID merchantId, @Param("status") String status,
                              @Param("afterName") String afterName, @Param("afterId") UUID afterId, @Param("limit") int limit);

    /** Published products as shoppers' lists read them (the shorter {@link ProductRow} constructor). */
    List<ProductRow> published(PublicQuery query);

    void insertProduct(ProductRow row);

    /** Updates the row if its version is still {@code row.version() - 1}; returns the rows changed. */
    int updateProduct(ProductRow row);

    int deleteProduct(@Param("merchantId") UUID merchantId, @Param("id") UUID id);

    List<VariantRow> variants(UUID productId);

    List<VariantRow> variantsOf(@Param("productIds") UUID[] productIds);

    /** The same with only what shoppers see (the shorter {@link VariantRow} constructor). */
    List<VariantRow> shownVariantsOf(@Param("productIds") UUID[] productIds);

    void insertVariant(VariantRow row);

    void deleteVariants(UUID productId);

    List<UUID> categoriesOf(UUID productId);

    void insertProductCategory(@Param("productId") UUID productId, @Param("categoryId") UUID categoryId);

    void deleteProductCategories(UUID productId);

    List<CategoryRow> categories(UUID merchantId);

    Optional<CategoryRow> categoryBySlug(@Param("merchantId") UUID merchantId, @Param("slug") String slug);

    void insertCategory(CategoryRow row);

    int updateCategory(CategoryRow row);

    int deleteCategory(@Param("merchantId") UUID merchantId, @Param("id") UUID id);

    /** Moves on the version of every product of the merchant in the category, whose representation lists it. */
    void touchProductsInCategory(@Param("categoryId") UUID categoryId, @Param("merchantId") UUID merchantId,
                                 @Param("now") Instant now);

    List<CollectionRow> collections(UUID merchantId);

    void insertCollection(CollectionRow row);

    int updateCollection(CollectionRow row);

    int deleteCollection(@Param("merchantId") UUID merchantId, @Param("id") UUID id);

    /** Moves on the version of every product of the merchant in the collection, whose representation lists it. */
    void touchProductsInCollection(@Param("collectionId") UUID collectionId, @Param("merchantId") UUID merchantId,
                                   @Param("now") Instant now);

    List<UUID> collectionsOf(UUID productId);

    void insertProductCollection(@Param("productId") UUID productId, @Param("collectionId") UUID collectionId);

    void deleteProductCollections(UUID productId);

    /** Rows of {@code status, products} for the merchant's products. */
    List<StatusCount> countByStatus(UUID merchantId);

    int countVariants(UUID merchantId);

    int countPublishedOutOfStock(UUID merchantId);

    int countCategories(UUID merchantId);

    /** The merchant's most recently changed products. */
    List<ProductRow> recentlyChanged(@Param("merchantId") UUID merchantId, @Param("limit") int limit);
}
