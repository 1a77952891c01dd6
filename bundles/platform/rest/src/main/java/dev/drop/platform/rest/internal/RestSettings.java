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

        @AttributeDefinition(description = "Largest multipart/form-data (file upload) body accepted, in bytes.")
        long maxUploadBytes() default 16_777_216;
    }

    private volatile long maxBodyBytes;
    private volatile long maxUploadBytes;

    @Activate
    public RestSettings(Config config) {
        apply(config);
    }

    @Modified
    void apply(Config config) {
        if (config.maxBodyBytes() < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, not " + config.maxBodyBytes());
        }
        if (config.maxUploadBytes() < 1 || config.maxUploadBytes() > ApiServlet.MAX_UPLOAD_BYTES) {
            throw new IllegalArgumentException("maxUploadBytes must be between 1 and " + ApiServlet.MAX_UPLOAD_BYTES
                    + ", not " + config.maxUploadBytes());
        }
        maxBodyBytes = config.maxBodyBytes();
        maxUploadBytes = config.maxUploadBytes();
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** The limit for a request of this content type: uploads may be larger than other bodies. */
    public long maxBodyBytes(String contentType) {
        return contentType != null && contentType.regionMatches(true, 0, "multipart/form-data", 0, 19) ? maxUploadBytes
                : maxBodyBytes;
    }
}
