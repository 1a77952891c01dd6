package dev.drop.platform.web.errors.internal;

import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.util.QuotedStringTokenizer;

/**
 * An error the web server answers itself, as an RFC 9457 problem with the platform's type URIs. This bundle is part of
 * Jetty's class space, so it names the few types it needs rather than importing the platform's.
 */
record ServerProblem(int status, String slug, String title, String detail) {

    private static final String TYPE_BASE = "https://drop.dev/problems/";
    private record Kind(String slug, String title) {
    }

    private static final Map<Integer, Kind> KNOWN = Map.of(
            400, new Kind("bad-request", "Bad request"),
            404, new Kind("not-found", "Not found"),
            405, new Kind("method-not-allowed", "Method not allowed"),
            413, new Kind("payload-too-large", "Payload too large"),
            414, new Kind("uri-too-long", "URI too long"),
            431, new Kind("headers-too-large", "Request headers too large"),
            500, new Kind("internal", "Internal error"),
            503, new Kind("unavailable", "Service unavailable"));

    static ServerProblem of(int status, String reason) {
        Kind known = KNOWN.get(status);
        String message = HttpStatus.getMessage(status);
        String slug = known != null ? known.slug() : status >= 500 ? "internal" : message.toLowerCase().replace(' ', '-');
        String title = known != null ? known.title() : message;
        boolean saysMore = reason != null && !reason.isBlank() && !reason.equalsIgnoreCase(message);
        String detail = status >= 500 ? "The server could not answer this request."
                : "The server could not read this request" + (saysMore ? ": " + reason + "." : ".");
        return new ServerProblem(status, slug, title, detail);
    }

    String json() {
        return "{\"type\":" + QuotedStringTokenizer.quote(TYPE_BASE + slug) + ",\"title\":" + QuotedStringTokenizer.quote(title)
                + ",\"status\":" + status + ",\"detail\":" + QuotedStringTokenizer.quote(detail) + "}";
    }
}
