package dev.drop.transactions.internal.rest;

import dev.drop.platform.db.Idempotency;
import dev.drop.platform.db.Reply;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.internal.wallet.PeerTransfers;
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

/** P2P: money from the caller's wallet to another Drop user's, in the same currency, at once. */
@Component(service = TransfersResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/transfers")
@Produces(MediaType.APPLICATION_JSON)
public final class TransfersResource {

    private final PeerTransfers transfers;
    private final IdempotentPosts posts;

    @Activate
    public TransfersResource(@Reference PeerTransfers transfers, @Reference IdempotentPosts posts) {
        this.transfers = transfers;
        this.posts = posts;
    }

    /**
     * Sends money: {@code {"fromWallet", "to": {"email"} or {"walletId"}, "amount", "message"?}} → 201. Requires an
     * {@code Idempotency-Key}; a retry with it gets the first answer and moves nothing.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(PeerTransfers.Order body, @HeaderParam(Idempotency.HEADER) String key,
                         @Context SecurityContext security, @Context UriInfo uri) {
        UUID sender = Callers.person(security);
        PeerTransfers.Order order = RequestValues.required(body);
        transfers.validate(order);
        return posts.perform(key, sender, uri, order, (session, id) -> Reply.created("v1/transfers/" + id,
                Views.TransferView.of(transfers.send(session, id, sender, order))));
    }

    /** A transfer, for its sender or its recipient. */
    @GET
    @Path("{id}")
    public Views.TransferView show(@PathParam("id") String id, @Context SecurityContext security) {
        return Views.TransferView.of(transfers.find(Callers.person(security), RequestValues.pathId(id, "transfer")));
    }
}
