package dev.drop.merchants;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * A business selling through Drop.
 *
 * @param slug        its part of public URLs ({@code /shop/<slug>/}), unique, lower-case letters, digits and dashes
 * @param country     ISO 3166-1 alpha-2 code of the country it is registered in
 * @param currency    the currency it prices in
 * @param version     bumped by every change, for optimistic concurrency
 */
public record Merchant(UUID id, String slug, String displayName, String legalName, String country, Currency currency,
                       String organisationNumber, MerchantStatus status, Instant createdAt, Instant updatedAt,
                       long version) {

    public Merchant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(status, "status");
    }

    /** Whether its shop and published catalog are open to the public. */
    public boolean isPublic() {
        return status == MerchantStatus.ACTIVE;
    }
}
