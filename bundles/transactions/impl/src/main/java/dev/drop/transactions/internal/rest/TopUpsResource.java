package dev.drop.transactions.internal.rest;

import dev.drop.platform.db.Idempotency;
import dev.drop.platform.db.Reply;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.internal.rail.TopUps;
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
@Component(service = TopUpsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/wallets/{walletId}/top-ups")
@Produces(MediaType.APPLICATION_JSON)
public final class TopUpsResource {

    private final TopUps topUps;
    private final IdempotentPosts posts;

    @Activate
    public TopUpsResource(@Reference TopUps topUps, @Reference IdempotentPosts posts) {
        this.topUps = topUps;
        this.posts = posts;
    }

    /**
     * {@code {"amount", "rail"?}} → 201 with the status: SETTLED (credited), PENDING (waiting for the bank; with a
     * {@code redirectUrl} when the customer must approve it there) or FAILED. Requires an {@code Idempotency-Key}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("walletId") String walletId, TopUps.Order body,
                          @HeaderParam(Idempotency.HEADER) String key, @Context SecurityContext security,
                          @Context UriInfo uri) {
        UUID user = Callers.person(security);
        UUID wallet = RequestValues.pathId(walletId, "wallet");
        TopUps.Order order = RequestValues.required(body);
        TopUps.validate(order);
        return posts.perform(key, user, uri, order, (session, id) -> Reply.created("v1/wallets/" + wallet + "/top-ups/" + id,
                Views.TopUpView.of(topUps.start(session, id, user, wallet, order))));
    }

    @GET
    @Path("{topUpId}")
    public Views.TopUpView show(@PathParam("walletId") String walletId, @PathParam("topUpId") String topUpId,
                                @Context SecurityContext security) {
        return Views.TopUpView.of(topUps.find(Callers.person(security), RequestValues.pathId(walletId, "wallet"),
                RequestValues.pathId(topUpId, "top-up")));
    }
}
