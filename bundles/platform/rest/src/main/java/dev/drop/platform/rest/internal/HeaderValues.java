package dev.drop.platform.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.RuntimeDelegate;

/**
 * Header values as text. Jersey's own conversion looks up a header delegate, with configuration lookups, for every
 * value of every response; strings pass through here and the few media types in use are rendered once.
 */
final class HeaderValues {

    private static final int MAX_CACHED_TYPES = 256;
    private static final Map<MediaType, String> MEDIA_TYPES = new ConcurrentHashMap<>();

    private HeaderValues() {
    }

    @SuppressWarnings("unchecked")
    static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof MediaType type) {
            String text = MEDIA_TYPES.get(type);
            if (text == null) {
                text = type.toString();
                if (MEDIA_TYPES.size() < MAX_CACHED_TYPES) {
                    MEDIA_TYPES.put(type, text);
                }
            }
            return text;
        }
        return RuntimeDelegate.getInstance().createHeaderDelegate((Class<Object>) value.getClass()).toString(value);
    }
}
