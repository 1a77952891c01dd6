package dev.drop.platform.rest.internal;

import java.util.List;
import java.util.Set;

/**
 * The JAX-RS resources and extensions modules have published, at one moment.
 *
 * @param resources  service objects registered with {@code osgi.jaxrs.resource=true}
 * @param extensions service objects registered with {@code osgi.jaxrs.extension=true} (filters, mappers, providers)
 * @param serviceIds the ids of all those services
 */
record Contributions(List<Object> resources, List<Object> extensions, Set<Long> serviceIds) {

    Contributions {
        resources = List.copyOf(resources);
        extensions = List.copyOf(extensions);
        serviceIds = Set.copyOf(serviceIds);
    }
}
