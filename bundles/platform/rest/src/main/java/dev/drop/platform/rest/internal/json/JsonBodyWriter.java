package dev.drop.platform.rest.internal.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyWriter;

/**
 * Writes response entities as JSON with the API's mapper, through an {@link ObjectWriter} prepared once per type.
 * One instance per API generation, so types of modules that have left are not kept.
 */
// JAX-RS matches no "application/*+json"; isWriteable narrows "application/*" down to JSON types
@Produces("application/*")
public final class JsonBodyWriter implements MessageBodyWriter<Object> {

    private final ObjectMapper mapper;
    private final Map<Type, ObjectWriter> writers = new ConcurrentHashMap<>();

    public JsonBodyWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonTypes.isJson(mediaType) && JsonTypes.isBound(type);
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        writers.computeIfAbsent(JsonTypes.bindingType(type, genericType), t -> mapper.writerFor(mapper.constructType(t)))
                .writeValue(out, entity);
    }
}
