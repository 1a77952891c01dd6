package dev.drop.auth.internal.session;

import io.prometheus.client.Collector;
import io.prometheus.client.Counter;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Sign-ins as metrics, for the platform's metrics endpoint: what an alert on credential stuffing or a broken identity
 * provider watches. Leaves with the module.
 */
@Component(service = {SignInMetrics.class, Collector.class})
public final class SignInMetrics extends Collector {

    /** How a sign-in ended. */
    enum Outcome { OK, FAILED, THROTTLED }

    private final Counter signIns = Counter.build("drop_auth_sign_ins", "Sign-ins, by method (password, oidc) and outcome.")
            .labelNames("method", "outcome").withoutExemplars().create();
    private final Counter lockouts = Counter.build("drop_auth_lockouts",
            "Temporary lockouts begun after repeated failed sign-ins.").withoutExemplars().create();
    private final Counter replays = Counter.build("drop_auth_refresh_replays",
            "Used refresh tokens presented again (each revoked its session).").withoutExemplars().create();

    void signIn(String method, Outcome outcome) {
        signIns.labels(method, outcome.name().toLowerCase()).inc();
    }

    void lockout() {
        lockouts.inc();
    }

    void refreshReplayed() {
        replays.inc();
    }

    @Override
    public List<MetricFamilySamples> collect() {
        List<MetricFamilySamples> samples = new ArrayList<>(signIns.collect());
        samples.addAll(lockouts.collect());
        samples.addAll(replays.collect());
        return samples;
    }
}
