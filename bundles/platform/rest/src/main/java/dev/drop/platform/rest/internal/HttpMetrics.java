package dev.drop.platform.rest.internal;

import io.prometheus.client.Collector;
import io.prometheus.client.Counter;
import io.prometheus.client.Histogram;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * What the API answered: requests by method and status, and how long they took. Published as a {@link Collector}
 * for the metrics endpoint. Labels are bounded: methods outside the standard ones count as {@code other}.
 */
@Component(service = {HttpMetrics.class, Collector.class})
public final class HttpMetrics extends Collector {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final String[] STATUSES = new String[600];

    static {
        for (int status = 100; status < STATUSES.length; status++) {
            STATUSES[status] = Integer.toString(status);
        }
    }

    private final Counter requests = Counter.build("drop_http_requests", "Requests the API answered, by method and status.")
            .labelNames("method", "status").withoutExemplars().create();
    private final Histogram duration = Histogram.build("drop_http_request_duration_seconds",
                    "Time from a request reaching the API to its answer, in seconds.")
            .buckets(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
            .withoutExemplars().create();

    void record(String method, int status, long nanos) {
        String statusLabel = status >= 100 && status < STATUSES.length ? STATUSES[status] : "other";
        requests.labels(METHODS.contains(method) ? method : "other", statusLabel).inc();
        duration.observe(nanos / 1e9);
    }

    @Override
    public List<MetricFamilySamples> collect() {
        List<MetricFamilySamples> samples = new ArrayList<>(requests.collect());
        samples.addAll(duration.collect());
        return samples;
    }
}
