package dev.drop.transactions.internal.wallet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** The module's settings from {@code etc/dev.drop.transactions.cfg}, read once for every component that needs them. */
@Component(service = Settings.class, configurationPid = TransactionsConfig.PID)
@Designate(ocd = TransactionsConfig.class)
public final class Settings {

    private final Limits limits;
    private final String defaultRail;

    @Activate
    public Settings(TransactionsConfig config) {
        this.limits = new Limits(config);
        this.defaultRail = config.defaultRail();
    }

    public Limits limits() {
        return limits;
    }

    public String defaultRail() {
        return defaultRail;
    }
}
