package dev.drop.transactions.internal.page;

import dev.drop.merchants.Merchant;
import dev.drop.platform.errorpage.ErrorPage;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.ProblemException;
import dev.drop.transactions.internal.payment.MerchantAccess;
import dev.drop.transactions.internal.payment.PaymentRequests;
import dev.drop.transactions.internal.payment.RequestStatus;
import dev.drop.transactions.internal.persistence.PaymentRequestRow;
import dev.drop.transactions.internal.persistence.RequestLineRow;
import dev.drop.transactions.internal.qr.QrImages;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The public payment page, {@code /pay/{id}}: the merchant, the amount, the QR code and where the request stands,
 * server-rendered in the storefront's look and complete without JavaScript (a refresh link); with it, the status
 * follows live ({@code /pay/{id}/status}) and a signed-in customer pays from a wallet on the page.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/pay/*",
        "osgi.http.whiteboard.servlet.name=drop-pay"})
public final class PayPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneOffset.UTC);

    private final transient PaymentRequests requests;
    private final transient MerchantAccess merchants;
    private final transient PageTemplates templates = new PageTemplates();

    @Activate
    public PayPageServlet(@Reference PaymentRequests requests, @Reference MerchantAccess merchants) {
        this.requests = requests;
        this.merchants = merchants;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            ErrorPage.forStatus(405, "Method not allowed").write(response, request.getRequestURI());
            return;
        }
        if (path.startsWith("/-/")) {
            templates.writeAsset(path.substring(3), request, response);
            return;
        }
        String[] parts = path.substring(1).split("/", -1);
        Optional<PaymentRequestRow> found = parts.length <= 2 ? find(parts[0]) : Optional.empty();
        Optional<Merchant> merchant = found.flatMap(row -> merchantOf(row));
        if (found.isEmpty() || merchant.isEmpty() || (parts.length == 2 && !parts[1].equals("status"))) {
            ErrorPage.notFound().write(response, request.getRequestURI());
            return;
        }
        RequestStatus status = requests.statusOf(found.get());
        response.setHeader("Cache-Control", "no-store");
        if (parts.length == 2) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":\"" + status.name() + "\"}");
            return;
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setContentType("text/html;charset=utf-8");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            templates.render("pay.ftlh", model(found.get(), requests.lines(found.get().id()), status, merchant.get()), out);
        }
    }

    private Optional<PaymentRequestRow> find(String id) {
        try {
            return Optional.of(requests.find(UUID.fromString(id)));
        } catch (IllegalArgumentException | ProblemException unknown) {
            return Optional.empty();
        }
    }

    private Optional<Merchant> merchantOf(PaymentRequestRow row) {
        try {
            return merchants.find(row.merchantId());
        } catch (ProblemException unavailable) {
            return Optional.empty();
        }
    }

    /** One thing bought, as the page lists it. */
    public record Line(String name, int quantity, String total) {
    }

    private static Map<String, Object> model(PaymentRequestRow row, List<RequestLineRow> lines, RequestStatus status,
                                             Merchant merchant) {
        Money amount = Money.of(row.amount(), row.currency());
        Map<String, Object> model = new HashMap<>();
        model.put("lines", lines.stream().map(line -> new Line(line.name(), line.quantity(),
                Money.of(line.unitPrice() * line.quantity(), row.currency()).toDecimal().toPlainString() + " "
                        + row.currency())).toList());
        model.put("id", row.id().toString());
        model.put("merchant", merchant.displayName());
        model.put("amount", amount.toDecimal().toPlainString() + " " + row.currency());
        model.put("currency", row.currency());
        model.put("status", status.name());
        model.put("statusText", switch (status) {
            case OPEN -> "Waiting for payment";
            case PAID -> "Paid. Thank you.";
            case CANCELLED -> "Cancelled by the merchant";
            case EXPIRED -> "This request has expired; ask the merchant for a new one";
        });
        model.put("expiresAt", row.expiresAt().toString());
        model.put("expiresAtText", TIME.format(row.expiresAt()));
        model.put("svg", QrImages.of(row.payload()).svg());
        if (row.reference() != null) {
            model.put("reference", row.reference());
        }
        return model;
    }
}
