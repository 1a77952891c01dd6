package dev.drop.cards.internal.rest;

import dev.drop.cards.internal.card.Cards;
import dev.drop.cards.internal.network.Authorizations;
import dev.drop.cards.internal.persistence.CardRow;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.web.RequestValues;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A customer's virtual cards: issue, list, read, freeze or close, set controls, reveal the number, and see its payments. */
@Component(service = CardsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/cards")
@Produces(MediaType.APPLICATION_JSON)
public final class CardsResource {

    private static final int AUTHORIZATIONS_SHOWN = 100;

    private final Cards cards;
    private final Authorizations authorizations;

    @Activate
    public CardsResource(@Reference Cards cards, @Reference Authorizations authorizations) {
        this.cards = cards;
        this.authorizations = authorizations;
    }

    /** What a reveal asks: the user's password, or a code of their authenticator app. */
    public record Confirmation(String password, String code) {
    }

    /** {@code {"walletId", "nickname"?}} → 201 with the card, its number masked. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(Cards.NewCard body, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        CardRow card = cards.issue(caller, person(caller), RequestValues.required(body));
        return Response.created(UriBuilder.fromPath("v1/cards/{id}").build(card.id())).tag(etag(card))
                .entity(CardViews.CardView.of(card)).build();
    }

    @GET
    public CardViews.CardList mine(@Context SecurityContext security) {
        return new CardViews.CardList(cards.list(person(security)).stream().map(CardViews.CardView::of).toList());
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id, @Context SecurityContext security) {
        CardRow card = cards.find(person(security), RequestValues.pathId(id, "card"));
        return Response.ok(CardViews.CardView.of(card)).tag(etag(card)).build();
    }

    /** {@code {"status"?, "nickname"?, "controls"?}}; {@code If-Match} with the ETag read makes a stale write fail (412). */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") String id, Cards.Change body, @HeaderParam("If-Match") String ifMatch,
                           @Context SecurityContext security) {
        CardRow card = cards.change(person(security), RequestValues.pathId(id, "card"), RequestValues.required(body),
                RequestValues.ifMatchVersion(ifMatch, "card"));
        return Response.ok(CardViews.CardView.of(card)).tag(etag(card)).build();
    }

    /** The number and CVV, after the password; never cached. */
    @POST
    @Path("{id}/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reveal(@PathParam("id") String id, Confirmation body, @Context SecurityContext security) {
        Confirmation confirmation = RequestValues.required(body);
        Cards.Revealed revealed = cards.reveal(person(security), RequestValues.pathId(id, "card"), confirmation.password(),
                confirmation.code());
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        never.setNoCache(true);
        never.setPrivate(true);
        return Response.ok(CardViews.RevealedView.of(revealed)).cacheControl(never).header("Pragma", "no-cache").build();
    }

    /** The card's authorizations, newest first: merchant, amount, status, codes and holds. */
    @GET
    @Path("{id}/authorizations")
    public CardViews.AuthorizationList authorizations(@PathParam("id") String id, @Context SecurityContext security) {
        CardRow card = cards.find(person(security), RequestValues.pathId(id, "card"));
        return new CardViews.AuthorizationList(authorizations.ofCard(card.id(), AUTHORIZATIONS_SHOWN).stream()
                .map(row -> CardViews.AuthorizationView.of(row, authorizations.steps(row.id()), authorizations)).toList());
    }

    private static EntityTag etag(CardRow card) {
        return new EntityTag(String.valueOf(card.version()));
    }

    private static UUID person(SecurityContext security) {
        return person(Caller.of(security.getUserPrincipal()));
    }

    /** Cards belong to people: an API key has none. */
    private static UUID person(Caller caller) {
        if (caller.scopes().isEmpty()) {
            try {
                return UUID.fromString(caller.subject());
            } catch (IllegalArgumentException notAUser) {
                // falls through to the refusal
            }
        }
        throw ProblemType.FORBIDDEN.exception("Cards belong to people: sign in as the card's owner, not with an API key.");
    }
}
