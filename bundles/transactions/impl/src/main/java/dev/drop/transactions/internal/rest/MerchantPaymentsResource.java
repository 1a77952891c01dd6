package dev.drop.transactions.internal.rest;

import dev.drop.merchants.Merchant;
import dev.drop.platform.db.Idempotency;
import dev.drop.platform.db.Reply;
import dev.drop.platform.paging.Page;
import dev.drop.platform.paging.PageRequest;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.internal.payment.MerchantAccess;
import dev.drop.transactions.internal.payment.PaymentStatus;
import dev.drop.transactions.internal.payment.Payments;
import dev.drop.transactions.internal.payment.Refunds;
import dev.drop.transactions.internal.persistence.PaymentRow;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A merchant's payments: the list, a CSV export, one payment with its refunds, and refunding. */
@Component(service = MerchantPaymentsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/merchants/{merchantId}/payments")
@Produces(MediaType.APPLICATION_JSON)
public final class MerchantPaymentsResource {

    private static final int EXPORT_PAGE = 100;
    private static final int EXPORT_MAX_LINES = 100_000;
    private static final String[] HEADER = {"paid_at", "payment_id", "request_id", "status", "reference", "amount",
            "fee", "net", "refunded", "currency"};

    private final Payments payments;
    private final Refunds refunds;
    private final MerchantAccess access;
    private final IdempotentPosts posts;

    @Activate
    public MerchantPaymentsResource(@Reference Payments payments, @Reference Refunds refunds,
                                    @Reference MerchantAccess access, @Reference IdempotentPosts posts) {
        this.payments = payments;
        this.refunds = refunds;
        this.access = access;
        this.posts = posts;
    }

    @GET
    public PaymentViews.PaymentList list(@PathParam("merchantId") String merchantId, @QueryParam("cursor") String cursor,
                                         @QueryParam("limit") Integer limit, @QueryParam("from") String from,
                                         @QueryParam("to") String to, @QueryParam("status") String status,
                                         @Context SecurityContext security) {
        Merchant merchant = access.toRead(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        Instant since = QueryValues.instant(from, "from", false);
        Instant until = QueryValues.instant(to, "to", true);
        QueryValues.ordered(since, until);
        Page<PaymentRow> page = payments.list(merchant.id(), since, until, status(status), PageRequest.of(cursor, limit));
        return new PaymentViews.PaymentList(page.items().stream().map(row -> PaymentViews.MerchantPayment.of(row, null))
                .toList(), page.nextCursor());
    }

    /** Every payment between the dates, as CSV (RFC 4180), amounts in major units. */
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@PathParam("merchantId") String merchantId, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("status") String status,
                           @Context SecurityContext security) {
        Merchant merchant = access.toRead(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        Instant since = QueryValues.instant(from, "from", false);
        Instant until = QueryValues.instant(to, "to", true);
        QueryValues.ordered(since, until);
        PaymentStatus only = status(status);
        StreamingOutput csv = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
                PageRequest page = PageRequest.first(EXPORT_PAGE);
                int lines = 0;
                while (lines < EXPORT_MAX_LINES) {
                    Page<PaymentRow> rows = payments.list(merchant.id(), since, until, only, page);
                    for (PaymentRow row : rows.items()) {
                        PaymentViews.MerchantPayment line = PaymentViews.MerchantPayment.of(row, null);
                        printer.printRecord(line.paidAt(), line.id(), line.requestId(), line.status(),
                                line.reference() == null ? "" : line.reference(), line.amount().toDecimal().toPlainString(),
                                line.fee().toDecimal().toPlainString(), line.net().toDecimal().toPlainString(),
                                line.refunded().toDecimal().toPlainString(), row.currency());
                        lines++;
                    }
                    if (rows.nextCursor() == null) {
                        break;
                    }
                    page = PageRequest.of(rows.nextCursor(), EXPORT_PAGE);
                }
            }
        };
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"payments-" + merchant.slug()
                + ".csv\"").build();
    }

    @GET
    @Path("{paymentId}")
    public PaymentViews.MerchantPayment show(@PathParam("merchantId") String merchantId,
                                             @PathParam("paymentId") String paymentId, @Context SecurityContext security) {
        Merchant merchant = access.toRead(RequestValues.pathId(merchantId, "merchant"), Callers.caller(security));
        PaymentRow row = payments.ofMerchant(merchant.id(), RequestValues.pathId(paymentId, "payment"));
        return PaymentViews.MerchantPayment.of(row, refunds.of(row.id()));
    }

    /** {@code {"amount", "reason"}} → 201; in parts or whole, never more than was paid; needs an {@code Idempotency-Key}. */
    @POST
    @Path("{paymentId}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@PathParam("merchantId") String merchantId, @PathParam("paymentId") String paymentId,
                           Refunds.NewRefund body, @HeaderParam(Idempotency.HEADER) String key,
                           @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = Callers.caller(security);
        Merchant merchant = access.toWrite(RequestValues.pathId(merchantId, "merchant"), caller);
        UUID payment = RequestValues.pathId(paymentId, "payment");
        Refunds.NewRefund refund = RequestValues.required(body);
        refunds.validate(refund);
        return posts.perform(key, caller.subject(), uri, refund, (session, id) -> Reply.created(
                "v1/merchants/" + merchant.id() + "/payments/" + payment,
                PaymentViews.RefundView.of(refunds.refund(session, id, merchant.id(), payment, refund, Callers.actor(caller)))));
    }

    private static PaymentStatus status(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        try {
            return PaymentStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw ProblemType.VALIDATION.exception("There is no payment status '" + status + "'.",
                    List.of(new FieldError("status", "one of PAID, PARTIALLY_REFUNDED, REFUNDED")));
        }
    }
}
