package dev.drop.transactions.internal.rest;

import dev.drop.merchants.Merchant;
import dev.drop.merchants.MerchantDirectory;
import dev.drop.merchants.MerchantRole;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Owner;
import dev.drop.transactions.internal.ledger.StoredLedger;
import java.util.Map;
import java.util.UUID;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** A merchant's settlement account, for its own staff and API keys; everyone else learns nothing (404). */
@Component(service = MerchantAccountResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants/{merchantId}/account")
@Produces(MediaType.APPLICATION_JSON)
public final class MerchantAccountResource {

    private final StoredLedger ledger;
    private volatile MerchantDirectory merchants;

    @Activate
    public MerchantAccountResource(@Reference StoredLedger ledger) {
        this.ledger = ledger;
    }

    // optional: wallets keep working while the merchants module is off; only this route waits for it
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

    @GET
    public Views.MerchantAccountView show(@PathParam("merchantId") String merchantId, @Context SecurityContext security) {
        UUID id = RequestValues.pathId(merchantId, "merchant");
        MerchantDirectory directory = merchants;
        if (directory == null) {
            throw ProblemType.UNAVAILABLE.exception("Merchants are unavailable right now; try again later.",
                    Map.of("Retry-After", "30"));
        }
        Merchant merchant = directory.require(id, Callers.caller(security), MerchantRole.VIEWER);
        return Views.MerchantAccountView.of(id, ledger.open(Owner.merchant(id), AccountKind.MERCHANT, merchant.currency()));
    }
}
