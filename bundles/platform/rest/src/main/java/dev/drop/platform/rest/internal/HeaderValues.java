package dev.drop.platform.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.RuntimeDelegate;

/**
 * Header values as text. Jersey's own conversion looks up a header delegate, with configuration lookups, for every
 * value of every response; strings pass through here and the few media types in use are rendered once. Jersey hands
 * the same media type objects (a resource method's {@code @Produces}) to most responses, and {@link MediaType#hashCode}
 * lower-cases and concatenates its parts, so the type last rendered is recognised by identity first.
 */
final class HeaderValues {

    private record Rendered(MediaType type, String text) {
    }

    private static final int MAX_CACHED_TYPES = 256;
    private static final Map<MediaType, String> MEDIA_TYPES = new ConcurrentHashMap<>();
    private static volatile Rendered last = new Rendered(null, null);

    private HeaderValues() {
    }

    @SuppressWarnings("unchecked")
    static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof MediaType type) {
            Rendered seen = last;
            if (seen.type() == type) {
                return seen.text();
            }
            String text = MEDIA_TYPES.get(type);
            if (text == null) {
                text = type.toString();
                if (MEDIA_TYPES.size() < MAX_CACHED_TYPES) {
                    MEDIA_TYPES.put(type, text);
                }
            }
            last = new Rendered(type, text);
            return text;
        }
        // a value of a type without a header delegate (the StringBuilder of Jersey's own OPTIONS answer) is its text
        RuntimeDelegate.HeaderDelegate<Object> delegate = RuntimeDelegate.getInstance()
                .createHeaderDelegate((Class<Object>) value.getClass());
        return delegate == null ? value.toString() : delegate.toString(value);
    }
}
