package dev.drop.cards.internal.rest;

import dev.drop.cards.internal.network.AuthorizationInput;
import dev.drop.cards.internal.network.Authorizations;
import dev.drop.cards.internal.persistence.AuthorizationRow;
import dev.drop.platform.db.Idempotency;
import dev.drop.platform.db.Reply;
import dev.drop.platform.security.Caller;
import dev.drop.platform.web.RequestValues;
import java.util.UUID;
import javax.annotation.security.RolesAllowed;
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

/**
 * The card-network simulator, for operators (and the tests and demos they drive): authorizations and what follows them.
 * Every POST takes an {@code Idempotency-Key}: the network's retry of a message gets the first answer and holds nothing
 * twice.
 */
@Component(service = NetworkResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/cards/network/authorizations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OPERATOR", "ADMIN"})
public final class NetworkResource {

    private final Authorizations authorizations;
    private final CardPosts posts;

    @Activate
    public NetworkResource(@Reference Authorizations authorizations, @Reference CardPosts posts) {
        this.authorizations = authorizations;
        this.posts = posts;
    }

    /** {@code {"pan", "expMonth", "expYear", "cvv", "amount", "merchant": {"name", "mcc", "country"}, "channel"}} → 201. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response authorize(AuthorizationInput body, @HeaderParam(Idempotency.HEADER) String key,
                              @Context SecurityContext security, @Context UriInfo uri) {
        AuthorizationInput input = RequestValues.required(body).validated();
        return posts.perform(key, caller(security), uri, input, (db, id) -> {
            AuthorizationRow row = authorizations.authorize(db, id, input);
            return Reply.created("v1/cards/network/authorizations/" + id, CardViews.Answer.of(row, authorizations));
        });
    }

    @GET
    @Path("{id}")
    public CardViews.AuthorizationView show(@PathParam("id") String id) {
        AuthorizationRow row = authorizations.find(RequestValues.pathId(id, "authorization"));
        return CardViews.AuthorizationView.of(row, authorizations.steps(row.id()), authorizations);
    }

    /** {@code {"amount"?, "last"?}}: captures part (or, without an amount, the rest) of what the authorization holds. */
    @POST
    @Path("{id}/clearings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response clear(@PathParam("id") String id, Authorizations.StepInput body,
                          @HeaderParam(Idempotency.HEADER) String key, @Context SecurityContext security,
                          @Context UriInfo uri) {
        UUID authorization = RequestValues.pathId(id, "authorization");
        Authorizations.StepInput input = RequestValues.required(body);
        return posts.perform(key, caller(security), uri, input, (db, stepId) -> Reply.created(
                "v1/cards/network/authorizations/" + authorization, view(authorizations.clear(db, stepId, authorization, input))));
    }

    /** {@code {"amount"?}}: releases what the authorization still holds. */
    @POST
    @Path("{id}/reversals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reverse(@PathParam("id") String id, Authorizations.StepInput body,
                            @HeaderParam(Idempotency.HEADER) String key, @Context SecurityContext security,
                            @Context UriInfo uri) {
        UUID authorization = RequestValues.pathId(id, "authorization");
        Authorizations.StepInput input = body == null ? new Authorizations.StepInput(null, null) : body;
        return posts.perform(key, caller(security), uri, input, (db, stepId) -> Reply.created(
                "v1/cards/network/authorizations/" + authorization, view(authorizations.reverse(db, stepId, authorization, input))));
    }

    /** {@code {"amount"?}}: gives back part or all of what was cleared, to the card's wallet. */
    @POST
    @Path("{id}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@PathParam("id") String id, Authorizations.StepInput body,
                           @HeaderParam(Idempotency.HEADER) String key, @Context SecurityContext security,
                           @Context UriInfo uri) {
        UUID authorization = RequestValues.pathId(id, "authorization");
        Authorizations.StepInput input = RequestValues.required(body);
        return posts.perform(key, caller(security), uri, input, (db, stepId) -> Reply.created(
                "v1/cards/network/authorizations/" + authorization, view(authorizations.refund(db, stepId, authorization, input))));
    }

    private CardViews.AuthorizationView view(AuthorizationRow row) {
        return CardViews.AuthorizationView.of(row, null, authorizations);
    }

    private static String caller(SecurityContext security) {
        return Caller.of(security.getUserPrincipal()).subject();
    }
}
