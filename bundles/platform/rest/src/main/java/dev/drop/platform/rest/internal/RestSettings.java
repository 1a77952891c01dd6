package dev.drop.platform.rest.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Runtime settings of the REST layer. Kept apart from the servlet so that changing them applies at once instead of
 * re-registering the servlet (which would take {@code /api} away for seconds).
 */
@Component(service = RestSettings.class, configurationPid = RestSettings.PID)
@Designate(ocd = RestSettings.Config.class)
public final class RestSettings {

    static final String PID = "dev.drop.platform.rest";

    @ObjectClassDefinition(name = "Drop REST", description = "Limits of the REST API at /api.")
    public @interface Config {

        @AttributeDefinition(description = "Largest request body accepted, in bytes; larger bodies get 413.")
        long maxBodyBytes() default 1_048_576;
    }

    private volatile long maxBodyBytes;

    @Activate
    public RestSettings(Config config) {
        apply(config);
    }

    @Modified
    void apply(Config config) {
        if (config.maxBodyBytes() < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, not " + config.maxBodyBytes());
        }
        maxBodyBytes = config.maxBodyBytes();
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }
}
