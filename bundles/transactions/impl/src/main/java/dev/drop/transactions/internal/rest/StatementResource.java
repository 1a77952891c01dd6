package dev.drop.transactions.internal.rest;

import dev.drop.platform.paging.Page;
import dev.drop.platform.paging.PageRequest;
import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.Account;
import dev.drop.transactions.Entry;
import dev.drop.transactions.internal.ledger.StoredLedger;
import dev.drop.transactions.internal.wallet.Counterparties;
import dev.drop.transactions.internal.wallet.Wallets;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A wallet's statement, newest first, with the running balance; and the same as a spreadsheet. */
@Component(service = StatementResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/wallets/{walletId}/transactions")
public final class StatementResource {

    private static final int EXPORT_PAGE = 100;
    private static final int EXPORT_MAX_LINES = 100_000;
    private static final String[] HEADER = {"date", "transfer_id", "type", "description", "counterparty", "amount",
            "currency", "reserved", "balance_after", "available_after"};

    private final Wallets wallets;
    private final StoredLedger ledger;
    private final Counterparties counterparties;

    @Activate
    public StatementResource(@Reference Wallets wallets, @Reference StoredLedger ledger,
                             @Reference Counterparties counterparties) {
        this.wallets = wallets;
        this.ledger = ledger;
        this.counterparties = counterparties;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Views.Statement statement(@PathParam("walletId") String walletId, @QueryParam("cursor") String cursor,
                                     @QueryParam("limit") Integer limit, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @Context SecurityContext security) {
        Account wallet = wallets.owned(Callers.person(security), RequestValues.pathId(walletId, "wallet"));
        Instant since = QueryValues.instant(from, "from", false);
        Instant until = QueryValues.instant(to, "to", true);
        QueryValues.ordered(since, until);
        Page<Entry> page = ledger.entries(wallet.id(), since, until, PageRequest.of(cursor, limit));
        Counterparties.Namer names = counterparties.namer();
        return new Views.Statement(page.items().stream().map(entry -> Views.Line.of(entry, names.name(entry.counterpartyId())))
                .toList(), page.nextCursor());
    }

    /** Every line between the dates, as CSV (RFC 4180), for a spreadsheet or an accountant. */
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@PathParam("walletId") String walletId, @QueryParam("from") String from,
                           @QueryParam("to") String to, @Context SecurityContext security) {
        Account wallet = wallets.owned(Callers.person(security), RequestValues.pathId(walletId, "wallet"));
        Instant since = QueryValues.instant(from, "from", false);
        Instant until = QueryValues.instant(to, "to", true);
        QueryValues.ordered(since, until);
        StreamingOutput csv = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
                Counterparties.Namer names = counterparties.namer();
                PageRequest page = PageRequest.first(EXPORT_PAGE);
                int lines = 0;
                while (lines < EXPORT_MAX_LINES) {
                    Page<Entry> entries = ledger.entries(wallet.id(), since, until, page);
                    for (Entry entry : entries.items()) {
                        Views.Line line = Views.Line.of(entry, names.name(entry.counterpartyId()));
                        printer.printRecord(line.at(), line.transferId(), line.type(), Optional.ofNullable(line.description())
                                .orElse(""), line.counterparty(), line.amount().toDecimal().toPlainString(),
                                line.amount().currency().getCurrencyCode(), line.reserved().toDecimal().toPlainString(),
                                line.balanceAfter().toDecimal().toPlainString(),
                                line.availableAfter().toDecimal().toPlainString());
                    }
                    lines += entries.items().size();
                    if (entries.nextCursor() == null) {
                        break;
                    }
                    page = PageRequest.of(entries.nextCursor(), EXPORT_PAGE);
                }
            }
        };
        return Response.ok(csv, "text/csv; charset=UTF-8").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"wallet-" + wallet.id() + ".csv\"").build();
    }
}
