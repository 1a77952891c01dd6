package dev.drop.platform.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Counter;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollectedMetricsTest {

    private final CollectedMetrics metrics = new CollectedMetrics();

    private List<String> names(Set<String> filter) {
        return Collections.list(metrics.samples(filter)).stream().map(family -> family.name).toList();
    }

    @Test
    void reportsTheJvmsOwnMetrics() {
        assertThat(names(Set.of())).contains("process_cpu_seconds", "jvm_memory_bytes_used", "jvm_threads_current",
                "jvm_gc_collection_seconds", "jvm_classes_currently_loaded");
    }

    @Test
    void aPublishedCollectorIsReportedUntilItIsWithdrawn() {
        Counter logins = Counter.build("test_logins", "Logins.").create();
        logins.inc(3);

        metrics.bindCollector(logins);
        List<MetricFamilySamples> families = Collections.list(metrics.samples(Set.of("test_logins_total")));
        assertThat(families).singleElement().satisfies(family ->
                assertThat(family.samples).anySatisfy(sample -> assertThat(sample.value).isEqualTo(3.0)));

        metrics.unbindCollector(logins);
        assertThat(names(Set.of())).doesNotContain("test_logins");
    }

    @Test
    void aCollectorWhoseNamesAreTakenIsLeftOutAndTheFirstStays() {
        Counter first = Counter.build("test_orders", "Orders.").create();
        Counter clash = Counter.build("test_orders", "Orders again.").create();
        first.inc();

        metrics.bindCollector(first);
        metrics.bindCollector(clash);
        metrics.unbindCollector(clash);

        assertThat(names(Set.of("test_orders_total"))).containsExactly("test_orders");
    }
}
