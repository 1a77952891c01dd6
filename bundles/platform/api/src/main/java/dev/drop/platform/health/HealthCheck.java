package dev.drop.platform.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A readiness check a module contributes to {@code GET /api/v1/health}. Register it as an OSGi service; the platform
 * calls {@link #check()} on every health request, so keep it fast and free of side effects.
 */
@ConsumerType
public interface HealthCheck {

    /** The name the check is reported under, e.g. {@code database} or {@code module:catalog}. */
    String name();

    HealthResult check();
}
