package dev.drop.catalog.internal.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** Selling a merchant's variants: pricing them, taking their stock once per paid order. See StockMapper.xml. */
public interface StockMapper {

    List<SaleVariant> variantsBySku(@Param("merchantId") UUID merchantId, @Param("skus") Collection<String> skus);

    /** Locks the products, in id order, before their variants: the order a product's edit takes them in. */
    List<UUID> lockProducts(@Param("productIds") Collection<UUID> productIds);

    List<SaleVariant> lockVariantsBySku(@Param("merchantId") UUID merchantId, @Param("skus") Collection<String> skus);

    int takeStock(@Param("id") UUID variantId, @Param("quantity") int quantity);

    /** Recomputes the product's in-stock flag and moves its version on: its representation changed. */
    void stockChanged(@Param("productId") UUID productId, @Param("now") Instant now);

    Optional<StockClaimRow> claim(UUID paymentId);

    void insertClaim(StockClaimRow row);

    List<StockClaimRow> shortClaims(@Param("merchantId") UUID merchantId, @Param("limit") int limit);
}
