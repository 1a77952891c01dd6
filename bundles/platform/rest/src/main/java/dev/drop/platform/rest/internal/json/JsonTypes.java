package dev.drop.platform.rest.internal.json;

import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Set;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.StreamingOutput;

/** Which bodies the JSON reader and writer take: JSON media types, and no raw types Jersey handles itself. */
final class JsonTypes {

    private static final Set<Class<?>> RAW = Set.of(String.class, byte[].class, char[].class, InputStream.class,
            Reader.class, File.class, StreamingOutput.class);

    private JsonTypes() {
    }

    static boolean isJson(MediaType mediaType) {
        if (mediaType == null) {
            return true;
        }
        String subtype = mediaType.getSubtype();
        return "application".equals(mediaType.getType()) && ("json".equals(subtype) || subtype.endsWith("+json"));
    }

    static boolean isBound(Class<?> type) {
        return !RAW.contains(type) && !InputStream.class.isAssignableFrom(type) && !Reader.class.isAssignableFrom(type)
                && !StreamingOutput.class.isAssignableFrom(type);
    }

    /** The declared type when it says more than the class (a {@code List<Product>}), else the class. */
    static Type bindingType(Class<?> type, Type genericType) {
        return genericType instanceof ParameterizedType ? genericType : type;
    }
}
