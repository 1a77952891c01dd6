package dev.drop.transactions.internal.rest;

import dev.drop.merchants.Merchant;
import dev.drop.platform.db.Idempotency;
import dev.drop.platform.db.Reply;
import dev.drop.platform.security.Caller;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.internal.payment.MerchantAccess;
import dev.drop.transactions.internal.payment.PaymentRequests;
import dev.drop.transactions.internal.persistence.PaymentRequestRow;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A merchant's payment requests: created by its managers or its keys with {@code payments:write}. */
@Component(service = PaymentRequestsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants/{merchantId}/payment-requests")
@Produces(MediaType.APPLICATION_JSON)
public final class PaymentRequestsResource {

    private final PaymentRequests requests;
    private final MerchantAccess access;
    private final IdempotentPosts posts;

    @Activate
    public PaymentRequestsResource(@Reference PaymentRequests requests, @Reference MerchantAccess access,
                                   @Reference IdempotentPosts posts) {
        this.requests = requests;
        this.access = access;
        this.posts = posts;
    }

    /**
     * {@code {"amount", "reference"?, "expiresInSeconds"?, "lines"?: [{"sku", "quantity"}]}} → 201 with the QR code;
     * lines are priced by the catalog and their total is the amount. Needs an {@code Idempotency-Key}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("merchantId") String merchantId, PaymentRequests.NewRequest body,
                           @HeaderParam(Idempotency.HEADER) String key, @Context SecurityContext security,
                           @Context UriInfo uri) {
        Caller caller = Callers.caller(security);
        Merchant merchant = access.toWrite(RequestValues.pathId(merchantId, "merchant"), caller);
        PaymentRequests.NewRequest request = RequestValues.required(body);
        requests.validate(request);
        return posts.perform(key, caller.subject(), uri, request, (session, id) -> {
            PaymentRequests.Created created = requests.create(session, id, merchant, request, Callers.actor(caller));
            return Reply.created("v1/merchants/" + merchant.id() + "/payment-requests/" + id, PaymentViews.RequestView.of(
                    created.row(), created.lines(), requests.statusOf(created.row()), requests.payUrl(id)));
        });
    }

    @GET
    public PaymentViews.RequestList list(@PathParam("merchantId") String merchantId,
                                         @QueryParam("limit") Integer limit,
                                         @Context SecurityContext security) {
        Merchant merchant = access.toRead(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        return new PaymentViews.RequestList(requests.recent(merchant.id(), limit == null ? 20 : limit).stream()
                .map(row -> PaymentViews.RequestView.of(row, requests.statusOf(row), requests.payUrl(row.id()))).toList());
    }

    @GET
    @Path("{requestId}")
    public PaymentViews.RequestView show(@PathParam("merchantId") String merchantId,
                                         @PathParam("requestId") String requestId, @Context SecurityContext security) {
        Merchant merchant = access.toRead(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        PaymentRequestRow row = requests.ofMerchant(merchant.id(), RequestValues.pathId(requestId, "payment request"));
        return PaymentViews.RequestView.of(row, requests.lines(row.id()), requests.statusOf(row), requests.payUrl(row.id()));
    }

    /** Cancels an open request, so its code can no longer be paid; a paid one is a 409. */
    @POST
    @Path("{requestId}/cancel")
    public PaymentViews.RequestView cancel(@PathParam("merchantId") String merchantId,
                                           @PathParam("requestId") String requestId, @Context SecurityContext security) {
        Merchant merchant = access.toWrite(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        PaymentRequestRow row = requests.cancel(merchant.id(), RequestValues.pathId(requestId, "payment request"));
        return PaymentViews.RequestView.of(row, requests.statusOf(row), requests.payUrl(row.id()));
    }
}
