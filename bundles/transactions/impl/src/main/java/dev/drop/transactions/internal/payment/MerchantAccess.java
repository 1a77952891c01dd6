package dev.drop.transactions.internal.payment;

import dev.drop.merchants.Merchant;
import dev.drop.merchants.MerchantDirectory;
import dev.drop.merchants.MerchantRole;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Who may do what with a merchant's payments: its staff by role (reading: any; taking payments, cancelling, refunding:
 * MANAGER), its API keys by scope ({@code payments:read}, {@code payments:write}). While the merchants module is off,
 * payment routes answer 503 and wallets keep working.
 */
@Component(service = MerchantAccess.class)
public final class MerchantAccess {

    public static final String READ_SCOPE = "payments:read";
    public static final String WRITE_SCOPE = "payments:write";

    private volatile MerchantDirectory merchants;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindMerchants(MerchantDirectory directory) {
        this.merchants = directory;
    }

    void unbindMerchants(MerchantDirectory directory) {
        if (this.merchants == directory) {
            this.merchants = null;
        }
    }

    /** The merchant, for its staff and for its keys with a payments scope. */
    public Merchant toRead(UUID merchant, Caller caller) {
        return require(merchant, caller, MerchantRole.VIEWER, READ_SCOPE, WRITE_SCOPE);
    }

    /** The merchant, for its managers and owners and for its keys with {@code payments:write}. */
    public Merchant toWrite(UUID merchant, Caller caller) {
        return require(merchant, caller, MerchantRole.MANAGER, WRITE_SCOPE);
    }

    /** The merchant, for its owners only. */
    public Merchant toOwn(UUID merchant, Caller caller) {
        if (!caller.scopes().isEmpty()) {
            directory().require(merchant, caller, MerchantRole.VIEWER);
            throw ProblemType.FORBIDDEN.exception("Only the merchant's owners change how it takes payments, not API keys.");
        }
        return directory().require(merchant, caller, MerchantRole.OWNER);
    }

    /** Any merchant by id, for what the public may see of it (a payer reading a QR code). */
    public Optional<Merchant> find(UUID merchant) {
        return directory().find(merchant);
    }

    private Merchant require(UUID merchant, Caller caller, MerchantRole staffRole, String... scopes) {
        MerchantDirectory directory = directory();
        if (caller.scopes().isEmpty()) {
            return directory.require(merchant, caller, staffRole);
        }
        Merchant found = directory.require(merchant, caller, MerchantRole.VIEWER);
        for (String scope : scopes) {
            if (caller.scopes().contains(scope)) {
                return found;
            }
        }
        throw ProblemType.FORBIDDEN.exception("This needs an API key with the scope " + String.join(" or ", scopes) + ".");
    }

    private MerchantDirectory directory() {
        MerchantDirectory directory = merchants;
        if (directory == null) {
            throw ProblemType.UNAVAILABLE.exception("Merchants are unavailable right now; try again later.",
                    Map.of("Retry-After", "30"));
        }
        return directory;
    }
}
