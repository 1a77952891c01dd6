package dev.drop.merchants;

import dev.drop.platform.security.Caller;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The merchants, for modules that hold data of theirs (the catalog) and must decide who may see or change it.
 * Object-level authorization starts here: a caller who is not on a merchant's staff, and no API key of another
 * merchant, gets no role at all.
 */
@ProviderType
public interface MerchantDirectory {

    Optional<Merchant> find(UUID id);

    Optional<Merchant> findBySlug(String slug);

    /**
     * What the caller may do at the merchant: their staff role, or for an API key of this merchant the role its scopes
     * grant; empty for everyone else, including platform administrators (who act through the admin routes).
     */
    Optional<MerchantRole> roleOf(UUID merchant, Caller caller);
}
