package dev.drop.platform.module;

import org.osgi.annotation.versioning.ProviderType;

/** Provided by the REST layer: whether the API generation serving now has a resource under a path prefix. */
@ProviderType
public interface ServedRoutes {

    /** @param routePrefix an API path such as {@code /v1/greetings}, with {@code {param}} segments allowed */
    boolean serves(String routePrefix);
}
