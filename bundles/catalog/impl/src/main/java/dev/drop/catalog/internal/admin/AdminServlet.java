package dev.drop.catalog.internal.admin;

import dev.drop.platform.web.RequestIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * The shop owner's web admin at {@code /admin/}: a page and its script that work through the public REST API only.
 * Served with a strict content security policy (scripts from this origin only) so that nothing a merchant typed
 * can ever run as script.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/admin/*",
        "osgi.http.whiteboard.servlet.name=drop-admin"})
public final class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FILES = Map.of(
            "/", "text/html;charset=UTF-8",
            "/admin.css", "text/css;charset=UTF-8",
            "/api.js", "text/javascript;charset=UTF-8",
            "/app.js", "text/javascript;charset=UTF-8",
            "/payments.js", "text/javascript;charset=UTF-8",
            "/products.js", "text/javascript;charset=UTF-8",
            "/views.js", "text/javascript;charset=UTF-8");
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final transient Map<String, byte[]> contents = new HashMap<>();

    public AdminServlet() {
        FILES.keySet().forEach(path -> contents.put(path, read(path.equals("/") ? "index.html" : path.substring(1))));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try (RequestIds.Scope id = RequestIds.open(request, response)) {
            super.service(request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", "/admin/");
            return;
        }
        byte[] content = contents.get(path);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (content == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + Integer.toHexString(Arrays.hashCode(content)) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(FILES.get(path));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static byte[] read(String name) {
        try (InputStream in = AdminServlet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the admin file " + name + " is missing from this bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
