package dev.drop.platform.web;

import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

/**
 * Every request Drop answers carries an id: the caller's {@code X-Request-Id} when it is a sane token, else a fresh
 * one. It is returned in the response header, put in the logging context while the request is served, and named in
 * every problem's {@code instance} and on every error page, so that a report can be matched with the log.
 */
public final class RequestIds {

    /** The request and response header carrying the id. */
    public static final String HEADER = "X-Request-Id";
    /** The key of the id in the logging context ({@code %X{requestId}} in a log pattern). */
    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** The id the caller sent when it is 1–64 letters, digits or {@code ._:-}; else a fresh random one. */
    public static String acceptOrGenerate(String incoming) {
        return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : generate();
    }

    /** The id as a problem's {@code instance}; null for none. */
    public static URI instance(String requestId) {
        return requestId == null ? null : URI.create("urn:drop:request:" + requestId);
    }

    /**
     * Gives a servlet request its id: sets the response header and the logging context, which closing the returned
     * scope clears. Use it in a try-with-resources block around everything the request does.
     */
    public static Scope open(HttpServletRequest request, HttpServletResponse response) {
        String id = acceptOrGenerate(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        return new Scope(id);
    }

    private static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }

    /** A request's id while it is served; closing it takes the id out of the logging context. */
    public static final class Scope implements AutoCloseable {

        private final String id;

        private Scope(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        @Override
        public void close() {
            MDC.remove(MDC_KEY);
        }
    }
}
