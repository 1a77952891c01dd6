package dev.drop.transactions.internal.rest;

import dev.drop.merchants.Merchant;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Owner;
import dev.drop.transactions.internal.ledger.StoredLedger;
import dev.drop.transactions.internal.payment.MerchantAccess;
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

/**
 * A merchant's settlement account, for its staff and its keys with a payments scope; wallets keep working while the
 * merchants module is off, only this route answers 503 then.
 */
@Component(service = MerchantAccountResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants/{merchantId}/account")
@Produces(MediaType.APPLICATION_JSON)
public final class MerchantAccountResource {

    private final StoredLedger ledger;
    private final MerchantAccess access;

    @Activate
    public MerchantAccountResource(@Reference StoredLedger ledger, @Reference MerchantAccess access) {
        this.ledger = ledger;
        this.access = access;
    }

    @GET
    public Views.MerchantAccountView show(@PathParam("merchantId") String merchantId, @Context SecurityContext security) {
        Merchant merchant = access.toRead(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        return Views.MerchantAccountView.of(merchant.id(), ledger.open(Owner.merchant(merchant.id()), AccountKind.MERCHANT,
                merchant.currency()));
    }
}
