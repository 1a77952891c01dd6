package dev.drop.transactions.internal.rest;

import dev.drop.platform.db.Idempotency;
import dev.drop.platform.db.Reply;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.internal.rail.Payouts;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Top-ups of a wallet from the customer's bank, through a payment rail. */
@Component(service = PayoutsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/wallets/{walletId}/payouts")
@Produces(MediaType.APPLICATION_JSON)
public final class PayoutsResource {

    private final Payouts payouts;
    private final IdempotentPosts posts;

    @Activate
    public PayoutsResource(@Reference Payouts payouts, @Reference IdempotentPosts posts) {
        this.payouts = payouts;
        this.posts = posts;
    }

    /**
     * {@code {"amount", "iban", "name", "rail"?}} → 201 with the status: SENT (the amount held until the bank
     * confirms), SETTLED, FAILED or RETURNED (the money back in the wallet). Requires an {@code Idempotency-Key}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("walletId") String walletId, Payouts.Order body,
                          @HeaderParam(Idempotency.HEADER) String key, @Context SecurityContext security,
                          @Context UriInfo uri) {
        UUID user = Callers.person(security);
        UUID wallet = RequestValues.pathId(walletId, "wallet");
        Payouts.Order order = Payouts.validate(RequestValues.required(body));
        return posts.perform(key, user, uri, order, (session, id) -> Reply.created("v1/wallets/" + wallet + "/payouts/" + id,
                Views.PayoutView.of(payouts.start(session, id, user, wallet, order))));
    }

    @GET
    @Path("{payoutId}")
    public Views.PayoutView show(@PathParam("walletId") String walletId, @PathParam("payoutId") String payoutId,
                                @Context SecurityContext security) {
        return Views.PayoutView.of(payouts.find(Callers.person(security), RequestValues.pathId(walletId, "wallet"),
                RequestValues.pathId(payoutId, "payout")));
    }
}
