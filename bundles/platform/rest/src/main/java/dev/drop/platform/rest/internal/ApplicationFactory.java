package dev.drop.platform.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.platform.rest.internal.json.JsonBodyReader;
import dev.drop.platform.rest.internal.json.JsonBodyWriter;
import dev.drop.platform.rest.internal.openapi.OpenApiResource;
import dev.drop.platform.rest.internal.problem.BodyTooLargeMapper;
import dev.drop.platform.rest.internal.problem.JsonExceptionMapper;
import dev.drop.platform.rest.internal.problem.ProblemExceptionMapper;
import dev.drop.platform.rest.internal.problem.UnexpectedExceptionMapper;
import dev.drop.platform.rest.internal.problem.WebApplicationExceptionMapper;
import dev.drop.platform.rest.internal.security.BearerAuthentication;
import dev.drop.platform.rest.internal.security.RoleEnforcement;
import dev.drop.platform.rest.internal.security.Verifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;

/** Assembles the Jersey application from the platform's own providers and what modules contribute. */
final class ApplicationFactory {

    private static final Map<String, Object> PROPERTIES = Map.of(
            ServerProperties.WADL_FEATURE_DISABLE, true,
            ServerProperties.BV_FEATURE_DISABLE, true,
            ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true,
            ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true,
            ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true,
            ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);

    /**
     * The API of a set of contributions: the parts it is served in, its resource classes, the paths it serves and the
     * ids of the contributed services it holds.
     */
    record Api(List<Part> parts, Set<Class<?>> resourceClasses, Set<String> paths, Set<Long> serviceIds) {
    }

    /**
     * The root resources of one route prefix ({@link RoutePrefixes}) and the extensions every part carries: one Jersey
     * application. Equal parts (the same prefix, resource and extension objects) make equal applications.
     */
    record Part(String prefix, List<Object> resources, List<Object> extensions) {
    }

    private final ObjectMapper mapper;
    private final ModuleAvailability modules;
    private final Verifiers verifiers;
    // one for every generation, so that a module's change does not rebuild the application serving it
    private final OpenApiResource openApi = OpenApiResource.create();

    ApplicationFactory(ObjectMapper mapper, ModuleAvailability modules, Verifiers verifiers) {
        this.mapper = mapper;
        this.modules = modules;
        this.verifiers = verifiers;
    }

    Api create(Contributions contributions) {
        Set<Class<?>> resourceClasses = new LinkedHashSet<>();
        Map<Object, String> rootPaths = new LinkedHashMap<>();
        for (Object resource : contributions.resources()) {
            resourceClasses.add(resource.getClass());
            rootPaths.put(resource, rootPath(resource.getClass()));
        }
        rootPaths.put(openApi, rootPath(OpenApiResource.class));
        List<Part> parts = new ArrayList<>();
        RoutePrefixes.group(rootPaths).forEach((prefix, resources) ->
                parts.add(new Part(prefix, resources, contributions.extensions())));
        return new Api(List.copyOf(parts), resourceClasses, ResourcePaths.of(resourceClasses), contributions.serviceIds());
    }

    /** Tells the OpenAPI description what the generation now serving serves. */
    void serving(Api api) {
        openApi.describe(api.resourceClasses());
    }

    /** The Jersey application of one part: the platform's own providers, the part's resources and the extensions. */
    ResourceConfig config(Part part) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("drop-api");
        config.addProperties(PROPERTIES);

        config.register(new JsonBodyReader(mapper));
        config.register(new JsonBodyWriter(mapper));
        config.register(new ProblemExceptionMapper());
        config.register(new WebApplicationExceptionMapper(modules));
        config.register(new JsonExceptionMapper());
        config.register(new BodyTooLargeMapper());
        config.register(new UnexpectedExceptionMapper());
        config.register(new BearerAuthentication(verifiers));
        config.register(new RoleEnforcement());
        config.register(new StoredResponses());

        part.resources().forEach(config::register);
        part.extensions().forEach(config::register);
        return config;
    }

    /** The path Jersey serves a root resource class at; empty for a class that is not one. */
    private static String rootPath(Class<?> type) {
        Resource resource = Resource.from(type);
        return resource == null ? "" : resource.getPath();
    }
}
