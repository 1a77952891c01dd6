package dev.drop.merchants.internal.rest;

import dev.drop.merchants.MerchantStatus;
import dev.drop.merchants.internal.Merchants;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.web.RequestValues;
import java.util.List;
import java.util.Locale;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The platform's review of merchants: the queue of pending ones, approval, suspension. */
@Component(service = AdminMerchantsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/admin/merchants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "COMPLIANCE"})
public final class AdminMerchantsResource {

    private static final int MAX_PAGE = 200;

    private final Merchants merchants;

    @Activate
    public AdminMerchantsResource(@Reference Merchants merchants) {
        this.merchants = merchants;
    }

    /** Merchants by slug, optionally in one status; {@code after} is the last slug of the previous page. */
    @GET
    public Views.MerchantList list(@QueryParam("status") String status, @QueryParam("after") String after,
                                   @QueryParam("limit") Integer limit) {
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw ProblemType.VALIDATION.exception("The page size is invalid.", List.of(new FieldError("limit",
                    "must be 1 to " + MAX_PAGE)));
        }
        List<Views.MerchantView> page = merchants.page(status(status), after, size).stream()
                .map(details -> Views.MerchantView.of(details, null, true)).toList();
        return new Views.MerchantList(page, page.size() == size ? page.get(page.size() - 1).slug() : null);
    }

    @GET
    @Path("{id}")
    public Views.MerchantView show(@PathParam("id") String id) {
        return Views.MerchantView.of(merchants.review(RequestValues.pathId(id, "merchant")), null, true);
    }

    /** Opens the merchant's shop to the public. */
    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.MerchantView approve(@PathParam("id") String id, Requests.Review body, @Context SecurityContext security) {
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? "approved" : reason(body);
        return Views.MerchantView.of(merchants.setStatus(RequestValues.pathId(id, "merchant"), MerchantStatus.ACTIVE,
                actor(security), reason), null, true);
    }

    /** Closes the merchant's shop and stops its API keys; its staff keep read access. */
    @POST
    @Path("{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.MerchantView suspend(@PathParam("id") String id, Requests.Review body, @Context SecurityContext security) {
        return Views.MerchantView.of(merchants.setStatus(RequestValues.pathId(id, "merchant"), MerchantStatus.SUSPENDED,
                actor(security), reason(RequestValues.required(body))), null, true);
    }

    private static MerchantStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return MerchantStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemType.VALIDATION.exception("The status filter is invalid.", List.of(new FieldError("status",
                    "must be PENDING, ACTIVE or SUSPENDED")));
        }
    }

    private static String reason(Requests.Review review) {
        if (review.reason() == null || review.reason().isBlank() || review.reason().length() > 500) {
            throw ProblemType.VALIDATION.exception("Say why.", List.of(new FieldError("reason",
                    "must be given, at most 500 characters: reviews are audited")));
        }
        return review.reason().strip();
    }

    private static String actor(SecurityContext security) {
        return "user:" + Caller.of(security.getUserPrincipal()).subject();
    }
}
