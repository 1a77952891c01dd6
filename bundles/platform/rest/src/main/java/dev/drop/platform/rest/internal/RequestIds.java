package dev.drop.platform.rest.internal;

import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request carries an id: the caller's {@code X-Request-Id} when it is a sane token, else a fresh one. It is
 * returned in the response header, put in the logging context and named in every problem's {@code instance}.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    public static String acceptOrGenerate(String incoming) {
        return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : generate();
    }

    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }

    public static URI instance(String requestId) {
        return requestId == null ? null : URI.create("urn:drop:request:" + requestId);
    }
}
