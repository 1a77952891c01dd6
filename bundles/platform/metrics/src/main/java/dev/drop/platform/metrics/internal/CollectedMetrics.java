package dev.drop.platform.metrics.internal;

import io.prometheus.client.Collector;
import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.hotspot.BufferPoolsExports;
import io.prometheus.client.hotspot.ClassLoadingExports;
import io.prometheus.client.hotspot.GarbageCollectorExports;
import io.prometheus.client.hotspot.MemoryPoolsExports;
import io.prometheus.client.hotspot.StandardExports;
import io.prometheus.client.hotspot.ThreadExports;
import io.prometheus.client.hotspot.VersionInfoExports;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every metric this node reports: the JVM's own (memory, GC, threads, CPU, open files) and the collectors that bundles
 * publish as {@link Collector} services, which come and go with their modules.
 */
@Component(service = CollectedMetrics.class)
public final class CollectedMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(CollectedMetrics.class);

    private final CollectorRegistry registry = new CollectorRegistry(true);
    private final Set<Collector> published = ConcurrentHashMap.newKeySet();

    @Activate
    public CollectedMetrics() {
        // not MemoryAllocationExports: it leaves a listener on the JVM's collectors that would outlive this bundle
        List.of(new StandardExports(), new MemoryPoolsExports(), new BufferPoolsExports(), new GarbageCollectorExports(),
                new ThreadExports(), new ClassLoadingExports(), new VersionInfoExports()).forEach(registry::register);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindCollector(Collector collector) {
        try {
            registry.register(collector);
            published.add(collector);
        } catch (IllegalArgumentException e) {
            LOG.warn("metrics of {} are left out: {}", collector.getClass().getName(), e.getMessage());
        }
    }

    void unbindCollector(Collector collector) {
        if (published.remove(collector)) {
            registry.unregister(collector);
        }
    }

    /** The samples of the named metric families, or of all when {@code names} is empty. */
    Enumeration<MetricFamilySamples> samples(Set<String> names) {
        return names.isEmpty() ? registry.metricFamilySamples() : registry.filteredMetricFamilySamples(names);
    }
}
