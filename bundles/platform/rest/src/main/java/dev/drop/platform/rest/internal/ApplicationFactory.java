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
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Assembles the Jersey application from the platform's own providers and what modules contribute. */
final class ApplicationFactory {

    private static final Map<String, Object> PROPERTIES = Map.of(
            ServerProperties.WADL_FEATURE_DISABLE, true,
            ServerProperties.BV_FEATURE_DISABLE, true,
            ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true,
            ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true,
            ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true,
            ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);

    /** A Jersey application, the paths it serves and the ids of the contributed services it holds. */
    record Api(ResourceConfig config, Set<String> paths, Set<Long> serviceIds) {
    }

    private final ObjectMapper mapper;
    private final ModuleAvailability modules;
    private final Verifiers verifiers;

    ApplicationFactory(ObjectMapper mapper, ModuleAvailability modules, Verifiers verifiers) {
        this.mapper = mapper;
        this.modules = modules;
        this.verifiers = verifiers;
    }

    Api create(Contributions contributions) {
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

        Set<Class<?>> resourceClasses = new LinkedHashSet<>();
        for (Object resource : contributions.resources()) {
            config.register(resource);
            resourceClasses.add(resource.getClass());
        }
        contributions.extensions().forEach(config::register);
        config.register(OpenApiResource.describing(resourceClasses));
        return new Api(config, ResourcePaths.of(resourceClasses), contributions.serviceIds());
    }
}
