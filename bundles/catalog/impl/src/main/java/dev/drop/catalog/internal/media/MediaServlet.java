package dev.drop.catalog.internal.media;

import dev.drop.platform.web.RequestIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves image files at {@code /media/<sha-256>.<ext>}. A name is the hash of the bytes, so the answer for a name
 * never changes: browsers and proxies may keep it for a year without asking again.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/media/*",
        "osgi.http.whiteboard.servlet.name=drop-media"})
public final class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final byte[] NOT_FOUND = ("{\"type\":\"https://drop.dev/problems/not-found\",\"title\":\"Not found\","
            + "\"status\":404,\"detail\":\"There is no such image.\"}").getBytes(StandardCharsets.UTF_8);

    private final transient MediaFiles files;

    @Activate
    public MediaServlet(@Reference MediaFiles files) {
        this.files = files;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try (RequestIds.Scope id = RequestIds.open(request, response)) {
            super.service(request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Path> file = files.find(name);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/problem+json");
            response.getOutputStream().write(NOT_FOUND);
            return;
        }
        String etag = "\"" + name.substring(0, name.indexOf('.')) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setContentType(MediaFiles.contentType(name));
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLengthLong(Files.size(file.get()));
        if (!"HEAD".equals(request.getMethod())) {
            Files.copy(file.get(), response.getOutputStream());
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
