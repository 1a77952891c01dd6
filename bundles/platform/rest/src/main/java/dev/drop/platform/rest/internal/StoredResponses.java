package dev.drop.platform.rest.internal;

import dev.drop.platform.web.StoredResponse;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

/**
 * Sends a resource's {@link StoredResponse} (the kept answer of an idempotent request) as exactly what was kept: its
 * status, content type, location and bytes. A kept answer sent again says so in {@code Idempotent-Replayed}.
 */
public final class StoredResponses implements ContainerResponseFilter {

    static final String REPLAYED = "Idempotent-Replayed";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof StoredResponse stored)) {
            return;
        }
        response.setStatus(stored.status());
        response.setEntity(stored.body(), response.getEntityAnnotations(), MediaType.valueOf(stored.contentType()));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, stored.body().length);
        if (stored.location() != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, request.getUriInfo().getBaseUri().resolve(stored.location()));
        }
        if (stored.replayed()) {
            response.getHeaders().putSingle(REPLAYED, "true");
        }
    }
}
