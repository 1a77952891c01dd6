package dev.drop.transactions.internal.rest;

import dev.drop.merchants.Merchant;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.internal.payment.MerchantAccess;
import dev.drop.transactions.internal.payment.PaymentProfiles;
import dev.drop.transactions.internal.payment.PaymentRequests;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** How a merchant takes payments: its category code and city (set by its owners), and its static counter code. */
@Component(service = PaymentProfileResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants/{merchantId}/payment-profile")
@Produces(MediaType.APPLICATION_JSON)
public final class PaymentProfileResource {

    private final PaymentProfiles profiles;
    private final PaymentRequests requests;
    private final MerchantAccess access;

    @Activate
    public PaymentProfileResource(@Reference PaymentProfiles profiles, @Reference PaymentRequests requests,
                                  @Reference MerchantAccess access) {
        this.profiles = profiles;
        this.requests = requests;
        this.access = access;
    }

    @GET
    public PaymentViews.ProfileView show(@PathParam("merchantId") String merchantId, @Context SecurityContext security) {
        Merchant merchant = access.toRead(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        PaymentProfiles.Profile profile = profiles.find(merchant.id()).orElseThrow(() -> ProblemType.NOT_FOUND.exception(
                "The merchant has not set up payments yet."));
        return PaymentViews.ProfileView.of(merchant.id(), profile, requests.counterCode(merchant));
    }

    /** {@code {"categoryCode", "city"}}: sets up payments, or changes how codes name the merchant. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentViews.ProfileView save(@PathParam("merchantId") String merchantId, PaymentProfiles.Profile body,
                                         @Context SecurityContext security) {
        Caller caller = Callers.caller(security);
        Merchant merchant = access.toOwn(RequestValues.pathId(merchantId, "merchant"), caller);
        PaymentProfiles.Profile saved = profiles.save(merchant.id(), RequestValues.required(body), Callers.actor(caller));
        return PaymentViews.ProfileView.of(merchant.id(), saved, requests.counterCode(merchant));
    }
}
