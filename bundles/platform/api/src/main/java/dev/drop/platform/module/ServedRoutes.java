package dev.drop.platform.module;

import org.osgi.annotation.versioning.ProviderType;

/** Provided by the REST layer: what the API generation serving now holds. */
@ProviderType
public interface ServedRoutes {

    /** @param routePrefix an API path such as {@code /v1/greetings}, with {@code {param}} segments allowed */
    boolean serves(String routePrefix);

    /**
     * @param serviceId the {@code service.id} of a service registered with {@code osgi.jaxrs.resource=true} or
     *                  {@code osgi.jaxrs.extension=true}
     * @return whether the API serving now was built with it
     */
    boolean servesService(long serviceId);
}
