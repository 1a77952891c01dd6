package dev.drop.platform.rest.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.glassfish.jersey.server.model.Resource;

/** Every path a set of resource classes answers: the class paths and the paths of their sub-resource methods. */
final class ResourcePaths {

    private ResourcePaths() {
    }

    static Set<String> of(Set<Class<?>> resourceClasses) {
        Set<String> paths = new LinkedHashSet<>();
        for (Class<?> type : resourceClasses) {
            Resource resource = Resource.from(type);
            if (resource == null) {
                continue;
            }
            String base = "/" + resource.getPath();
            paths.add(base);
            for (Resource child : resource.getChildResources()) {
                paths.add(base + "/" + child.getPath());
            }
        }
        return paths;
    }
}
