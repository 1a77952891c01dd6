package dev.drop.platform.rest.internal;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.http.HttpServletRequest;

/**
 * The base URI of the API ({@code http://host:port/api/}) as each request names it, parsed once per distinct host
 * rather than once per request. Bounded, because the Host header is the client's to choose.
 */
final class BaseUris {

    private static final int MAX_CACHED = 64;

    /** A base URI and its origin ({@code scheme://host:port}). */
    record Base(URI uri, String origin) {
    }

    private final Map<String, Base> cache = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException when the request's host is not one a URI can hold */
    Base of(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isEmpty()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        String key = request.getScheme() + "://" + host + request.getContextPath() + request.getServletPath();
        Base base = cache.get(key);
        if (base == null) {
            String origin = request.getScheme() + "://" + host;
            base = new Base(URI.create(key + "/"), origin);
            if (cache.size() < MAX_CACHED) {
                cache.put(key, base);
            }
        }
        return base;
    }
}
