package dev.drop.platform.metrics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Who may read the metrics: a caller presenting the configured scrape token, and (unless turned off) a caller on this
 * machine that no proxy forwarded. Kept apart from the servlet so that a change applies at once instead of
 * re-registering it.
 */
@Component(service = MetricsAccess.class, configurationPid = MetricsAccess.PID)
@Designate(ocd = MetricsAccess.Config.class)
public final class MetricsAccess {

    static final String PID = "dev.drop.platform.metrics";

    @ObjectClassDefinition(name = "Drop metrics", description = "Who may read the Prometheus metrics at /metrics.")
    public @interface Config {

        @AttributeDefinition(description = "Bearer token a scraper sends (Authorization: Bearer <token>); empty: none.")
        String _scrapeToken() default "";

        @AttributeDefinition(description = "Serve callers on this machine without a token, unless a proxy forwarded them.")
        boolean loopbackWithoutToken() default true;
    }

    private volatile byte[] expectedAuthorization;
    private volatile boolean loopbackWithoutToken;

    @Activate
    public MetricsAccess(Config config) {
        apply(config);
    }

    @Modified
    void apply(Config config) {
        String token = config._scrapeToken().strip();
        expectedAuthorization = token.isEmpty() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        loopbackWithoutToken = config.loopbackWithoutToken();
    }

    /**
     * @param local         whether the request started on this machine ({@code ClientAddress.isLocal})
     * @param authorization the {@code Authorization} header, or null
     */
    boolean allows(boolean local, String authorization) {
        byte[] expected = expectedAuthorization;
        if (expected != null && authorization != null
                && MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        return loopbackWithoutToken && local;
    }

    boolean tokenConfigured() {
        return expectedAuthorization != null;
    }
}
