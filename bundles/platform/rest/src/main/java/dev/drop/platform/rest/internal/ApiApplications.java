package dev.drop.platform.rest.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * One generation of the API: a Jersey application for each route prefix ({@link RoutePrefixes}), and the one each
 * request goes to. A generation built after a module change takes over the applications of the previous one whose
 * resources and extensions did not change, so that a module's coming and going rebuilds only its own routes.
 */
final class ApiApplications {

    private final Map<ApplicationFactory.Part, JerseyAdapter> byPart;
    private final Map<String, JerseyAdapter> byPrefix = new HashMap<>();

    private ApiApplications(Map<ApplicationFactory.Part, JerseyAdapter> byPart) {
        this.byPart = byPart;
        byPart.forEach((part, jersey) -> byPrefix.put(part.prefix(), jersey));
    }

    /**
     * The applications of these parts: those {@code serving} (may be {@code null}) holds for an equal part, the others
     * built from {@code configs}. If one fails to build, those built for it are destroyed again.
     */
    static ApiApplications build(List<ApplicationFactory.Part> parts, Function<ApplicationFactory.Part, ResourceConfig> configs,
                                 ApiApplications serving) {
        Map<ApplicationFactory.Part, JerseyAdapter> byPart = new HashMap<>();
        Map<ApplicationFactory.Part, JerseyAdapter> fresh = new HashMap<>();
        try {
            for (ApplicationFactory.Part part : parts) {
                JerseyAdapter kept = serving == null ? null : serving.byPart.get(part);
                if (kept == null) {
                    kept = new JerseyAdapter(configs.apply(part));
                    fresh.put(part, kept);
                }
                byPart.put(part, kept);
            }
        } catch (RuntimeException | LinkageError e) {
            fresh.values().forEach(JerseyAdapter::destroy);
            throw e;
        }
        return new ApiApplications(byPart);
    }

    /** The application to serve this request of the API servlet with. */
    JerseyAdapter serving(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String root = request.getContextPath() + request.getServletPath() + "/";
        return forPath(uri.startsWith(root) ? uri.substring(root.length()) : "");
    }

    /** The application for a raw path relative to the API's root. */
    JerseyAdapter forPath(String path) {
        return byPrefix.get(RoutePrefixes.forRequest(path, byPrefix.keySet()));
    }

    Collection<JerseyAdapter> all() {
        return byPart.values();
    }

    /** How many of this generation's applications {@code previous} did not have. */
    long builtSince(ApiApplications previous) {
        return byPart.values().stream().filter(jersey -> previous == null || !previous.byPart.containsValue(jersey)).count();
    }
}
