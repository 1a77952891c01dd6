package dev.drop.merchants.internal.rest;

import dev.drop.merchants.MerchantRole;
import dev.drop.merchants.internal.ApiKeys;
import dev.drop.merchants.internal.Merchants;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.web.RequestValues;
import java.net.URI;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A merchant as its own people manage it: registration, details, staff and API keys. Every route checks the caller's
 * role at this merchant; callers without one learn nothing about it.
 */
@Component(service = MerchantsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants")
@Produces(MediaType.APPLICATION_JSON)
public final class MerchantsResource {

    private final Merchants merchants;
    private final ApiKeys apiKeys;

    @Activate
    public MerchantsResource(@Reference Merchants merchants, @Reference ApiKeys apiKeys) {
        this.merchants = merchants;
        this.apiKeys = apiKeys;
    }

    /** Registers a merchant; the caller becomes its owner. It stays PENDING until the platform approves it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(Merchants.Registration body, @Context SecurityContext security) {
        UUID owner = person(security);
        Merchants.Details created = merchants.register(RequestValues.required(body), owner);
        return withTag(Response.created(URI.create("v1/merchants/" + created.merchant().id())), created,
                MerchantRole.OWNER);
    }

    /** The merchants the caller is on the staff of. */
    @GET
    public Views.MerchantList mine(@Context SecurityContext security) {
        UUID user = person(security);
        return new Views.MerchantList(merchants.ofUser(user).stream().map(details -> Views.MerchantView.of(details,
                merchants.roleOf(details.merchant().id(), caller(security)).orElse(MerchantRole.VIEWER), false))
                .toList(), null);
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id, @Context SecurityContext security) {
        UUID merchant = RequestValues.pathId(id, "merchant");
        Caller caller = caller(security);
        Merchants.Details details = merchants.details(merchant, caller, MerchantRole.VIEWER);
        return withTag(Response.ok(), details, merchants.roleOf(merchant, caller).orElseThrow());
    }

    /** Changes the details; the payout account only by an owner. {@code If-Match} with the ETag read guards the write. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") String id, Merchants.Changes body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context SecurityContext security) {
        UUID merchant = RequestValues.pathId(id, "merchant");
        Caller caller = caller(security);
        Merchants.Details changed = merchants.change(merchant, caller, RequestValues.required(body), RequestValues.ifMatchVersion(ifMatch, "merchant"));
        return withTag(Response.ok(), changed, merchants.roleOf(merchant, caller).orElseThrow());
    }

    @GET
    @Path("{id}/staff")
    public Views.Staff staff(@PathParam("id") String id, @Context SecurityContext security) {
        return new Views.Staff(merchants.staff(RequestValues.pathId(id, "merchant"), caller(security)).stream()
                .map(Views.Member::of).toList());
    }

    /** Adds a registered user to the staff with a role, or gives a member another role; owners only. */
    @POST
    @Path("{id}/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addStaff(@PathParam("id") String id, Requests.NewStaff body, @Context SecurityContext security) {
        Requests.NewStaff member = RequestValues.required(body);
        Merchants.Member added = merchants.addStaff(RequestValues.pathId(id, "merchant"), caller(security), member.email(), member.role());
        return Response.status(Response.Status.CREATED).entity(Views.Member.of(added)).build();
    }

    @GET
    @Path("{id}/api-keys")
    public Views.Keys keys(@PathParam("id") String id, @Context SecurityContext security) {
        UUID merchant = ownedBy(id, security);
        return new Views.Keys(apiKeys.list(merchant).stream().map(Views.Key::of).toList());
    }

    /** Creates an API key; its secret is in this answer and nowhere else, ever. */
    @POST
    @Path("{id}/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createKey(@PathParam("id") String id, Requests.NewKey body, @Context SecurityContext security) {
        UUID merchant = ownedBy(id, security);
        Requests.NewKey key = RequestValues.required(body);
        ApiKeys.Created created = apiKeys.create(merchant, key.name(), key.scopes(), "user:" + caller(security).subject());
        return Response.created(URI.create("v1/merchants/" + merchant + "/api-keys/" + created.key().id()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").entity(Views.Key.created(created)).build();
    }

    @DELETE
    @Path("{id}/api-keys/{keyId}")
    public Response revokeKey(@PathParam("id") String id, @PathParam("keyId") String keyId,
                              @Context SecurityContext security) {
        UUID merchant = ownedBy(id, security);
        apiKeys.revoke(merchant, RequestValues.pathId(keyId, "API key"), "user:" + caller(security).subject());
        return Response.noContent().build();
    }

    private UUID ownedBy(String id, SecurityContext security) {
        UUID merchant = RequestValues.pathId(id, "merchant");
        merchants.require(merchant, caller(security), MerchantRole.OWNER);
        return merchant;
    }

    private static Response withTag(Response.ResponseBuilder response, Merchants.Details details, MerchantRole role) {
        return response.tag(new EntityTag(Long.toString(details.merchant().version())))
                .entity(Views.MerchantView.of(details, role, role.includes(MerchantRole.MANAGER))).build();
    }

    private static Caller caller(SecurityContext security) {
        return Caller.of(security.getUserPrincipal());
    }

    /** The signed-in person behind the request; an API key acts for its merchant, never as a person. */
    private static UUID person(SecurityContext security) {
        Caller caller = caller(security);
        UUID user = caller.scopes().isEmpty() ? parse(caller.subject()) : null;
        if (user == null) {
            throw ProblemType.FORBIDDEN.exception("Only a signed-in person can do this, not an API key.");
        }
        return user;
    }

    private static UUID parse(String subject) {
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
