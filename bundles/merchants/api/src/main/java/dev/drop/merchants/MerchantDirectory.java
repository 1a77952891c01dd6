package dev.drop.merchants;

import dev.drop.platform.problem.ProblemType;
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

    /**
     * The merchant, for a caller who holds at least {@code needed} there. Someone with no role at all learns nothing,
     * not even that the merchant exists (404 problem); a smaller role is a 403 problem.
     */
    default Merchant require(UUID merchant, Caller caller, MerchantRole needed) {
        Optional<MerchantRole> role = roleOf(merchant, caller);
        Optional<Merchant> found = role.isEmpty() ? Optional.empty() : find(merchant);
        if (found.isEmpty()) {
            throw ProblemType.NOT_FOUND.exception("There is no merchant " + merchant + " that you can see.");
        }
        if (!role.get().includes(needed)) {
            throw ProblemType.FORBIDDEN.exception("This needs the merchant role " + needed + "; you are " + role.get() + ".");
        }
        return found.get();
    }
}
