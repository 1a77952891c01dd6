package dev.drop.platform.rest.internal.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.Consumes;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.NoContentException;
import javax.ws.rs.ext.MessageBodyReader;

/**
 * Reads JSON request bodies with the API's strict mapper. An empty body is a {@link NoContentException}, which the
 * problem mapping answers as "a request body is required". One instance per API generation.
 */
// JAX-RS matches no "application/*+json"; isReadable narrows "application/*" down to JSON types
@Consumes("application/*")
public final class JsonBodyReader implements MessageBodyReader<Object> {

    private final ObjectMapper mapper;
    private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    public JsonBodyReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonTypes.isJson(mediaType) && JsonTypes.isBound(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream in) throws IOException {
        PushbackInputStream body = new PushbackInputStream(in, 1);
        int first = body.read();
        if (first < 0) {
            throw new NoContentException("A request body is required.");
        }
        body.unread(first);
        return readers.computeIfAbsent(JsonTypes.bindingType(type, genericType), t -> mapper.readerFor(mapper.constructType(t)))
                .readValue(body);
    }
}
