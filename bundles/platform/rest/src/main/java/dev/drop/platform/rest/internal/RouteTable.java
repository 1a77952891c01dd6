package dev.drop.platform.rest.internal;

import dev.drop.platform.module.ServedRoutes;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;

/**
 * The resource paths and contributed services of the API generation serving now, for module operations to wait on.
 * Paths are compared with every {@code {param}} segment reduced to {@code {}}.
 */
@Component(service = {RouteTable.class, ServedRoutes.class})
public final class RouteTable implements ServedRoutes {

    private volatile Set<String> paths = Set.of();
    private volatile Set<Long> serviceIds = Set.of();

    void serving(Set<String> resourcePaths, Set<Long> contributedServiceIds) {
        paths = resourcePaths.stream().map(RouteTable::normalize).collect(Collectors.toUnmodifiableSet());
        serviceIds = Set.copyOf(contributedServiceIds);
    }

    @Override
    public boolean servesService(long serviceId) {
        return serviceIds.contains(serviceId);
    }

    @Override
    public boolean serves(String routePrefix) {
        String prefix = normalize(routePrefix);
        return paths.stream().anyMatch(path -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    static String normalize(String path) {
        String trimmed = path.replaceAll("/+", "/").replaceAll("^/|/$", "");
        return "/" + trimmed.replaceAll("\\{[^/]*}", "{}");
    }
}
