package dev.drop.itests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads series off the Prometheus text the platform serves at /metrics. */
final class Metrics {

    private Metrics() {
    }

    /** The value of one series, e.g. {@code drop_module_enabled{module="auth",}}, or 0 when it is absent. */
    static double sample(String metrics, String series) {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    static double sample(Http api, String series) {
        return sample(api.get("/metrics").body(), series);
    }
}
