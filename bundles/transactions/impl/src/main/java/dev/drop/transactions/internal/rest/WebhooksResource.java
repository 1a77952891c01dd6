package dev.drop.transactions.internal.rest;

import dev.drop.merchants.Merchant;
import dev.drop.platform.security.Caller;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.internal.payment.MerchantAccess;
import dev.drop.transactions.internal.persistence.WebhookAttemptRow;
import dev.drop.transactions.internal.persistence.WebhookEndpointRow;
import dev.drop.transactions.internal.webhook.WebhookEndpoints;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A merchant's webhook endpoints and their deliveries; managed by its managers or its keys with payments:write. */
@Component(service = WebhooksResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants/{merchantId}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public final class WebhooksResource {

    record EndpointView(UUID id, String url, List<String> events, String status, String disabledReason,
                        Instant failingSince, Instant createdAt, String secret) {
        static EndpointView of(WebhookEndpointRow row, String secret) {
            return new EndpointView(row.id(), row.url(), List.of(row.events().split(" ")), row.status(),
                    row.disabledReason(), row.failingSince(), row.createdAt(), secret);
        }
    }

    record EndpointList(List<EndpointView> items) {
    }

    record AttemptView(Instant at, Integer statusCode, int durationMs, String error) {
        static AttemptView of(WebhookAttemptRow row) {
            return new AttemptView(row.attemptedAt(), row.statusCode(), row.durationMs(), row.error());
        }
    }

    record DeliveryView(UUID id, String webhookId, UUID eventId, String eventType, String status, int attempts,
                        Instant nextAttemptAt, Instant createdAt, Instant deliveredAt, List<AttemptView> attemptLog) {
        static DeliveryView of(WebhookEndpoints.Delivery delivery) {
            var m = delivery.message();
            return new DeliveryView(m.id(), "msg_" + m.id(), m.eventId(), m.eventType(), m.status(), m.attempts(),
                    "PENDING".equals(m.status()) ? m.nextAttemptAt() : null, m.createdAt(), m.deliveredAt(),
                    delivery.attempts().stream().map(AttemptView::of).toList());
        }
    }

    record DeliveryList(List<DeliveryView> items) {
    }

    private final WebhookEndpoints endpoints;
    private final MerchantAccess access;

    @Activate
    public WebhooksResource(@Reference WebhookEndpoints endpoints, @Reference MerchantAccess access) {
        this.endpoints = endpoints;
        this.access = access;
    }

    @GET
    public EndpointList list(@PathParam("merchantId") String merchantId, @Context SecurityContext security) {
        Merchant merchant = access.toWrite(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        return new EndpointList(endpoints.list(merchant.id()).stream().map(row -> EndpointView.of(row, null)).toList());
    }

    /** {@code {"url", "events"}} → 201 with the signing secret, shown this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("merchantId") String merchantId, WebhookEndpoints.NewEndpoint body,
                             @Context SecurityContext security) {
        Caller caller = Callers.caller(security);
        Merchant merchant = access.toWrite(RequestValues.pathId(merchantId, "merchant"), caller);
        WebhookEndpoints.Registered registered = endpoints.register(merchant.id(), RequestValues.required(body),
                Callers.actor(caller));
        return Response.created(UriBuilder.fromPath("/api/v1/merchants/{m}/webhooks/{w}")
                        .build(merchant.id(), registered.endpoint().id()))
                .entity(EndpointView.of(registered.endpoint(), registered.secret())).build();
    }

    @GET
    @Path("{webhookId}")
    public EndpointView show(@PathParam("merchantId") String merchantId, @PathParam("webhookId") String webhookId,
                             @Context SecurityContext security) {
        Merchant merchant = access.toWrite(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        return EndpointView.of(endpoints.find(merchant.id(), RequestValues.pathId(webhookId, "webhook")), null);
    }

    @DELETE
    @Path("{webhookId}")
    public Response delete(@PathParam("merchantId") String merchantId, @PathParam("webhookId") String webhookId,
                           @Context SecurityContext security) {
        Caller caller = Callers.caller(security);
        Merchant merchant = access.toWrite(RequestValues.pathId(merchantId, "merchant"), caller);
        endpoints.delete(merchant.id(), RequestValues.pathId(webhookId, "webhook"), Callers.actor(caller));
        return Response.noContent().build();
    }

    /** Turns a disabled endpoint on again. */
    @POST
    @Path("{webhookId}/enable")
    public EndpointView enable(@PathParam("merchantId") String merchantId, @PathParam("webhookId") String webhookId,
                               @Context SecurityContext security) {
        Caller caller = Callers.caller(security);
        Merchant merchant = access.toWrite(RequestValues.pathId(merchantId, "merchant"), caller);
        return EndpointView.of(endpoints.enable(merchant.id(), RequestValues.pathId(webhookId, "webhook"),
                Callers.actor(caller)), null);
    }

    @GET
    @Path("{webhookId}/deliveries")
    public DeliveryList deliveries(@PathParam("merchantId") String merchantId, @PathParam("webhookId") String webhookId,
                                   @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        Merchant merchant = access.toWrite(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        return new DeliveryList(endpoints.deliveries(merchant.id(), RequestValues.pathId(webhookId, "webhook"),
                limit == null ? 20 : limit).stream().map(DeliveryView::of).toList());
    }

    /** Sends a delivery again now. */
    @POST
    @Path("{webhookId}/deliveries/{deliveryId}/retry")
    public Response retry(@PathParam("merchantId") String merchantId, @PathParam("webhookId") String webhookId,
                          @PathParam("deliveryId") String deliveryId, @Context SecurityContext security) {
        Merchant merchant = access.toWrite(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        WebhookEndpoints.Delivery delivery = endpoints.retry(merchant.id(), RequestValues.pathId(webhookId, "webhook"),
                RequestValues.pathId(deliveryId, "delivery"));
        return Response.accepted(DeliveryView.of(delivery)).build();
    }
}
