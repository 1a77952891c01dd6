package dev.drop.transactions.internal.webhook;

import java.time.Duration;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** The webhook settings as the module uses them; a change reactivates what depends on them. */
@Component(service = WebhookSettings.class, configurationPid = WebhooksConfig.PID)
@Designate(ocd = WebhooksConfig.class)
public final class WebhookSettings {

    private final AddressGuard guard;
    private final boolean allowHttp;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int workers;
    private final Duration disableAfter;

    @Activate
    public WebhookSettings(WebhooksConfig config) {
        // a .cfg line gives one string however many ranges it lists
        this.guard = new AddressGuard(Stream.of(config.allowNetworks()).flatMap(ranges -> Stream.of(ranges.split(","))).toList());
        this.allowHttp = config.allowHttp();
        this.connectTimeout = Duration.ofMillis(Math.max(100, config.connectTimeoutMillis()));
        this.requestTimeout = Duration.ofMillis(Math.max(100, config.requestTimeoutMillis()));
        this.workers = Math.max(1, Math.min(64, config.workers()));
        this.disableAfter = Duration.ofHours(Math.max(1, config.disableAfterHours()));
    }

    AddressGuard guard() {
        return guard;
    }

    boolean allowHttp() {
        return allowHttp;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    Duration requestTimeout() {
        return requestTimeout;
    }

    int workers() {
        return workers;
    }

    Duration disableAfter() {
        return disableAfter;
    }
}
