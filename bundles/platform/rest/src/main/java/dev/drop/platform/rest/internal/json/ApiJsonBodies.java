package dev.drop.platform.rest.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.platform.web.JsonBodies;
import org.osgi.service.component.annotations.Component;

/** {@link JsonBodies} with the API's own JSON configuration: the bytes a resource's answer is sent as. */
@Component
public final class ApiJsonBodies implements JsonBodies {

    private final ObjectMapper mapper = ApiJson.mapper();

    @Override
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }
}
