package dev.drop.platform.rest.internal;

import java.util.List;

/**
 * The JAX-RS resources and extensions modules have published, at one moment.
 *
 * @param resources  service objects registered with {@code osgi.jaxrs.resource=true}
 * @param extensions service objects registered with {@code osgi.jaxrs.extension=true} (filters, mappers, providers)
 */
record Contributions(List<Object> resources, List<Object> extensions) {

    static final Contributions NONE = new Contributions(List.of(), List.of());

    Contributions {
        resources = List.copyOf(resources);
        extensions = List.copyOf(extensions);
    }
}
