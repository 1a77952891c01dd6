package dev.drop.transactions.internal.rest;

import dev.drop.platform.db.Idempotency;
import dev.drop.platform.db.Reply;
import dev.drop.platform.money.Money;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.internal.persistence.QuoteRow;
import dev.drop.transactions.internal.persistence.RemittanceRow;
import dev.drop.transactions.internal.remit.NewRemittance;
import dev.drop.transactions.internal.remit.Quotes;
import dev.drop.transactions.internal.remit.RemittanceFlow;
import dev.drop.transactions.internal.remit.Remittances;
import java.math.BigDecimal;
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
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Money sent abroad: a quote with a guaranteed rate, then the remittance, its timeline and cancelling it. */
@Component(service = RemittancesResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/remittances")
@Produces(MediaType.APPLICATION_JSON)
public final class RemittancesResource {

    record Fee(Money fixed, Money variable, Money total) {
    }

    record QuoteView(UUID id, BigDecimal rate, String rateSource, String sourceCurrency, String targetCurrency,
                     Money sourceAmount, Money targetAmount, Fee fee, Money converted, Money rounding, String targetCountry,
                     Instant createdAt, Instant expiresAt) {
        static QuoteView of(QuoteRow row) {
            String s = row.sourceCurrency();
            return new QuoteView(row.id(), new BigDecimal(row.rate()), row.rateSource(), s, row.targetCurrency(),
                    Money.of(row.sourceAmount(), s), Money.of(row.targetAmount(), row.targetCurrency()),
                    new Fee(Money.of(row.feeFixed(), s), Money.of(row.feeVariable(), s), Money.of(row.feeFixed() + row.feeVariable(), s)),
                    Money.of(row.converted(), s), Money.of(row.rounding(), s), row.targetCountry(), row.createdAt(), row.expiresAt());
        }
    }

    record Step(String status, String note, Instant at) {
    }

    record RemittanceView(UUID id, String status, String screening, String reason, UUID fromWallet, QuoteView quote,
                          NewRemittance.Recipient recipient, String purpose, String rail, Instant createdAt,
                          Instant updatedAt, List<Step> timeline) {
    }

    record RemittanceList(List<RemittanceView> items) {
    }

    private final Quotes quotes;
    private final Remittances remittances;
    private final RemittanceFlow flow;
    private final IdempotentPosts posts;

    @Activate
    public RemittancesResource(@Reference Quotes quotes, @Reference Remittances remittances, @Reference RemittanceFlow flow,
                               @Reference IdempotentPosts posts) {
        this.quotes = quotes;
        this.remittances = remittances;
        this.flow = flow;
        this.posts = posts;
    }

    /** {@code {"sourceCurrency", "targetCurrency", "sourceAmount" | "targetAmount", "targetCountry"}} → 201. */
    @POST
    @Path("quotes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response quote(Quotes.QuoteRequest body, @Context SecurityContext security) {
        QuoteRow row = quotes.create(Callers.person(security), RequestValues.required(body));
        return Response.created(UriBuilder.fromPath("/api/v1/remittances/quotes/{id}").build(row.id()))
                .entity(QuoteView.of(row)).build();
    }

    @GET
    @Path("quotes/{id}")
    public QuoteView showQuote(@PathParam("id") String id, @Context SecurityContext security) {
        return QuoteView.of(quotes.find(Callers.person(security), RequestValues.pathId(id, "quote")));
    }

    /**
     * {@code {"quoteId", "fromWallet", "recipient": {"name", "iban", "country", "address"?}, "purpose"}} → 201 in
     * SCREENING; needs an {@code Idempotency-Key}. An expired quote is a 409 with a link to ask for a fresh one.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(NewRemittance body, @HeaderParam(Idempotency.HEADER) String key, @Context SecurityContext security,
                         @Context UriInfo uri) {
        UUID sender = Callers.person(security);
        NewRemittance order = RequestValues.required(body).validated();
        Response response = posts.perform(key, sender, uri, order, (session, id) -> {
            RemittanceRow row = remittances.create(session, id, sender, order);
            return Reply.created("v1/remittances/" + id, view(row, remittances.quoteOf(session, row), List.of()));
        });
        flow.wake();
        return response;
    }

    @GET
    public RemittanceList list(@QueryParam("limit") Integer limit, @Context SecurityContext security) {
        UUID sender = Callers.person(security);
        return new RemittanceList(remittances.list(sender, limit == null ? 20 : limit).stream()
                .map(row -> view(row, remittances.quoteOf(row), null)).toList());
    }

    @GET
    @Path("{id}")
    public RemittanceView show(@PathParam("id") String id, @Context SecurityContext security) {
        RemittanceRow row = remittances.find(Callers.person(security), RequestValues.pathId(id, "remittance"));
        return view(row, remittances.quoteOf(row), remittances.timeline(row.id()).stream()
                .map(step -> new Step(step.status(), step.note(), step.at())).toList());
    }

    /** Cancels a remittance still in SCREENING; the hold is released. */
    @POST
    @Path("{id}/cancel")
    public RemittanceView cancel(@PathParam("id") String id, @Context SecurityContext security) {
        RemittanceRow row = remittances.cancel(Callers.person(security), RequestValues.pathId(id, "remittance"));
        return view(row, remittances.quoteOf(row), remittances.timeline(row.id()).stream()
                .map(step -> new Step(step.status(), step.note(), step.at())).toList());
    }

    private static RemittanceView view(RemittanceRow row, QuoteRow quote, List<Step> timeline) {
        return new RemittanceView(row.id(), row.status(), row.screening(), row.reason(), row.walletId(), QuoteView.of(quote),
                new NewRemittance.Recipient(row.recipientName(), row.iban(), row.country(), row.address()), row.purpose(),
                row.rail(), row.createdAt(), row.updatedAt(), timeline);
    }
}
