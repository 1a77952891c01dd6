package dev.drop.platform.rest.internal.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Set;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * The OpenAPI 3 description of exactly the routes the API serves now, generated on first request from the resource
 * classes modules have published. One instance lives as long as the API: each new generation tells it what it serves.
 */
@PermitAll
@Path("openapi.json")
public final class OpenApiResource {

    private volatile Description current = new Description(Set.of());

    private OpenApiResource() {
    }

    /** A description of no routes until told otherwise (a factory, so Jersey sees no constructor it would inject). */
    public static OpenApiResource create() {
        return new OpenApiResource();
    }

    /** Describes these resource classes from now on. */
    public void describe(Set<Class<?>> resourceClasses) {
        if (!current.resourceClasses().equals(resourceClasses)) {
            current = new Description(Set.copyOf(resourceClasses));
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String openApi() throws JsonProcessingException {
        return current.document();
    }

    private static final class Description {

        private final Set<Class<?>> resourceClasses;
        private volatile String document;

        Description(Set<Class<?>> resourceClasses) {
            this.resourceClasses = resourceClasses;
        }

        Set<Class<?>> resourceClasses() {
            return resourceClasses;
        }

        String document() throws JsonProcessingException {
            String generated = document;
            if (generated == null) {
                generated = Json.mapper().writeValueAsString(describe());
                document = generated;
            }
            return generated;
        }

        private OpenAPI describe() {
            OpenAPI base = new OpenAPI()
                    .info(new Info().title("Drop API").version("v1")
                            .description("The REST API of the Drop platform, as served by the modules present now."))
                    .servers(List.of(new Server().url("/api")));
            SwaggerConfiguration configuration = new SwaggerConfiguration().openAPI(base).prettyPrint(false);
            return IdempotencyKeys.describe(new Reader(configuration).read(resourceClasses));
        }
    }
}
