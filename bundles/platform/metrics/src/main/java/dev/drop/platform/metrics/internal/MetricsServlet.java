package dev.drop.platform.metrics.internal;

import dev.drop.platform.security.ClientAddress;
import dev.drop.platform.web.RequestIds;
import io.prometheus.client.exporter.common.TextFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics}: the node's metrics in Prometheus' text format, or OpenMetrics when the scraper asks for it;
 * {@code ?name[]=...} narrows them to some families.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/metrics",
        "osgi.http.whiteboard.servlet.name=drop-metrics"})
public final class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MetricsServlet.class);

    private final transient CollectedMetrics metrics;
    private final transient MetricsAccess access;

    @Activate
    public MetricsServlet(@Reference CollectedMetrics metrics, @Reference MetricsAccess access) {
        this.metrics = metrics;
        this.access = access;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try (RequestIds.Scope id = RequestIds.open(request, response)) {
            serveAllowed(request, response);
        }
    }

    private void serveAllowed(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            problem(response, 405, "method-not-allowed", "Method not allowed", "Metrics are read with GET.");
            return;
        }
        if (!access.allows(ClientAddress.isLocal(request.getRemoteAddr(), request::getHeader), request.getHeader("Authorization"))) {
            problem(response, 403, "forbidden", "Forbidden", access.tokenConfigured()
                    ? "Send the scrape token as 'Authorization: Bearer <token>'."
                    : "Metrics are served to callers on this machine only; configure a scrape token for others.");
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contentType = TextFormat.chooseContentType(request.getHeader("Accept"));
        String[] names = request.getParameterValues("name[]");
        StringWriter text = new StringWriter();
        try {
            TextFormat.writeFormat(contentType, text, metrics.samples(names == null ? Set.of() : new HashSet<>(Arrays.asList(names))));
        } catch (RuntimeException e) {
            LOG.error("a metrics collector failed", e);
            problem(response, 500, "internal", "Internal error", "A metrics collector failed; the log names it.");
            return;
        }
        response.setContentType(contentType);
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(text.toString());
    }

    private static void problem(HttpServletResponse response, int status, String slug, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(("{\"type\":\"https://drop.dev/problems/" + slug + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
