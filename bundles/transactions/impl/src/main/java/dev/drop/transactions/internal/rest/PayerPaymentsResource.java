package dev.drop.transactions.internal.rest;

import dev.drop.merchants.Merchant;
import dev.drop.platform.db.Idempotency;
import dev.drop.platform.db.Reply;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.internal.payment.CodeResolver;
import dev.drop.transactions.internal.payment.MerchantAccess;
import dev.drop.transactions.internal.payment.PaymentRequests;
import dev.drop.transactions.internal.payment.Payments;
import dev.drop.transactions.internal.persistence.PaymentRequestRow;
import java.util.List;
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

/** The payer's side: read a scanned code, see a request, pay it from a wallet, see the payment. */
@Component(service = PayerPaymentsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public final class PayerPaymentsResource {

    /** A scanned code. */
    public record Scan(String payload) {
    }

    /** Which wallet pays. */
    public record Pay(UUID walletId) {
    }

    /** Paying a static counter code: the payer names the amount. */
    public record PayCode(String payload, UUID walletId, Money amount) {
    }

    private final CodeResolver resolver;
    private final PaymentRequests requests;
    private final Payments payments;
    private final MerchantAccess merchants;
    private final IdempotentPosts posts;

    @Activate
    public PayerPaymentsResource(@Reference CodeResolver resolver, @Reference PaymentRequests requests,
                                 @Reference Payments payments, @Reference MerchantAccess merchants,
                                 @Reference IdempotentPosts posts) {
        this.resolver = resolver;
        this.requests = requests;
        this.payments = payments;
        this.merchants = merchants;
        this.posts = posts;
    }

    /** {@code {"payload"}} → what the code is: a request to pay, or a merchant's counter code. */
    @POST
    @Path("qr/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentViews.Resolved resolve(Scan body, @Context SecurityContext security) {
        Callers.person(security);
        return PaymentViews.Resolved.of(resolver.resolve(RequestValues.required(body).payload()));
    }

    /** {@code {"payload", "walletId", "amount"}}: pays a merchant's static counter code → 201 payment. */
    @POST
    @Path("qr/pay")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response payCode(PayCode body, @HeaderParam(Idempotency.HEADER) String key, @Context SecurityContext security,
                            @Context UriInfo uri) {
        UUID payer = Callers.person(security);
        PayCode order = RequestValues.required(body);
        Payments.validateWallet(order.walletId());
        if (order.amount() == null || order.amount().amount() <= 0) {
            throw ProblemType.VALIDATION.exception("Name the amount to pay.", List.of(new FieldError("amount",
                    "is required and above zero")));
        }
        CodeResolver.Resolved code = resolver.resolve(order.payload());
        if (code.request() != null) {
            throw ProblemType.UNPROCESSABLE.exception("This code is a payment request; pay it at POST /api/v1/"
                    + "payment-requests/" + code.request().id() + "/pay.");
        }
        Merchant merchant = code.merchant();
        return posts.perform(key, payer, uri, order, (session, id) -> Reply.created("v1/payments/" + id,
                PaymentViews.PayerPayment.of(payments.payCounter(session, id, payer, merchant, order.walletId(),
                        order.amount()))));
    }

    /** A request by id, as the payer's app shows it before paying. */
    @GET
    @Path("payment-requests/{id}")
    public PaymentViews.PayableView request(@PathParam("id") String id, @Context SecurityContext security) {
        Callers.person(security);
        PaymentRequestRow row = requests.find(RequestValues.pathId(id, "payment request"));
        Merchant merchant = merchants.find(row.merchantId()).orElseThrow(() ->
                ProblemType.NOT_FOUND.exception("There is no payment request " + id + "."));
        return PaymentViews.PayableView.of(row, requests.statusOf(row), merchant);
    }

    /** {@code {"walletId"}} → 201 payment; needs an {@code Idempotency-Key}. Expired, cancelled or paid: 409. */
    @POST
    @Path("payment-requests/{id}/pay")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(@PathParam("id") String id, Pay body, @HeaderParam(Idempotency.HEADER) String key,
                        @Context SecurityContext security, @Context UriInfo uri) {
        UUID payer = Callers.person(security);
        UUID request = RequestValues.pathId(id, "payment request");
        Pay order = RequestValues.required(body);
        Payments.validateWallet(order.walletId());
        return posts.perform(key, payer, uri, order, (session, paymentId) -> Reply.created("v1/payments/" + paymentId,
                PaymentViews.PayerPayment.of(payments.pay(session, paymentId, payer, request, order.walletId()))));
    }

    /** A payment, for the person who paid it. */
    @GET
    @Path("payments/{id}")
    public PaymentViews.PayerPayment payment(@PathParam("id") String id, @Context SecurityContext security) {
        return PaymentViews.PayerPayment.of(payments.ofPayer(Callers.person(security), RequestValues.pathId(id, "payment")));
    }
}
