package dev.drop.catalog.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A search of a merchant's published products. Null fields do not filter. {@code sort} is one of {@code name},
 * {@code price}, {@code price_desc}, {@code newest}; the {@code after...} fields are the last row of the previous page.
 *
 * @param pattern a LIKE pattern, lower case, with {@code \} as escape
 */
public record PublicQuery(UUID merchantId, String pattern, String brand, Long minPrice, Long maxPrice, Boolean inStock,
                          List<UUID> categories, UUID collection, String sort, String afterText, Long afterNumber, Instant afterTime,
                          UUID afterId, int limit) {
}
