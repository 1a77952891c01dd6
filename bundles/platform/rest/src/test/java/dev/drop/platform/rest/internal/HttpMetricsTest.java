package dev.drop.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpMetricsTest {

    private final HttpMetrics metrics = new HttpMetrics();

    private double value(String name, List<String> labels) {
        return metrics.collect().stream().flatMap(family -> family.samples.stream())
                .filter(sample -> sample.name.equals(name) && sample.labelValues.equals(labels))
                .mapToDouble(sample -> sample.value).sum();
    }

    @Test
    void countsRequestsByMethodAndStatusAndTimesThem() {
        metrics.record("GET", 200, 2_000_000);
        metrics.record("GET", 200, 40_000_000);
        metrics.record("POST", 401, 1_000_000);

        assertThat(value("drop_http_requests_total", List.of("GET", "200"))).isEqualTo(2);
        assertThat(value("drop_http_requests_total", List.of("POST", "401"))).isEqualTo(1);
        assertThat(value("drop_http_request_duration_seconds_count", List.of())).isEqualTo(3);
        assertThat(value("drop_http_request_duration_seconds_sum", List.of())).isCloseTo(0.043, within(1e-9));
        assertThat(value("drop_http_request_duration_seconds_bucket", List.of("0.0025"))).as("two within 2.5 ms").isEqualTo(2);
    }

    @Test
    void labelsStayBoundedWhateverClientsSend() {
        metrics.record("BREW", 200, 1);
        metrics.record("brew-" + "x".repeat(100), 200, 1);
        metrics.record("GET", 999, 1);
        metrics.record("GET", -1, 1);

        assertThat(value("drop_http_requests_total", List.of("other", "200"))).isEqualTo(2);
        assertThat(value("drop_http_requests_total", List.of("GET", "other"))).isEqualTo(2);
        assertThat(metrics.collect().stream().flatMap(family -> family.samples.stream()).map((Sample sample) -> sample.labelValues))
                .allSatisfy(labels -> assertThat(labels).allSatisfy(label -> assertThat(label.length()).isLessThan(8)));
    }
}
