package dev.drop.platform.db.internal;

import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pools as metrics, read from the management beans HikariCP registers ({@code hikari.registerMbeans}
 * in the datasource configuration): a pool that runs out of connections shows as threads waiting.
 */
@Component(service = Collector.class)
public final class PoolMetrics extends Collector {

    private static final Logger LOG = LoggerFactory.getLogger(PoolMetrics.class);
    private static final ObjectName POOLS = name("com.zaxxer.hikari:type=Pool (*)");

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Override
    public List<MetricFamilySamples> collect() {
        List<String> pool = List.of("pool");
        GaugeMetricFamily connections = new GaugeMetricFamily("drop_db_pool_connections",
                "Connections of the pool, by state (active: lent out, idle: ready).", List.of("pool", "state"));
        GaugeMetricFamily limit = new GaugeMetricFamily("drop_db_pool_connections_max",
                "The most connections the pool opens.", pool);
        GaugeMetricFamily waiting = new GaugeMetricFamily("drop_db_pool_threads_waiting",
                "Threads waiting for a connection.", pool);
        Set<ObjectName> pools = server.queryNames(POOLS, null);
        for (ObjectName each : pools) {
            String type = each.getKeyProperty("type");
            String name = type.substring(type.indexOf('(') + 1, type.length() - 1);
            try {
                connections.addMetric(List.of(name, "active"), number(each, "ActiveConnections"));
                connections.addMetric(List.of(name, "idle"), number(each, "IdleConnections"));
                waiting.addMetric(List.of(name), number(each, "ThreadsAwaitingConnection"));
                limit.addMetric(List.of(name), number(name("com.zaxxer.hikari:type=PoolConfig (" + name + ")"),
                        "MaximumPoolSize"));
            } catch (JMException e) {
                // the pool closed while it was read (the datasource configuration changed): the next scrape has the new one
                LOG.debug("pool {} went away while its metrics were read", name, e);
            }
        }
        return List.of(connections, limit, waiting);
    }

    private double number(ObjectName bean, String attribute) throws JMException {
        return ((Number) server.getAttribute(bean, attribute)).doubleValue();
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(name, e);
        }
    }
}
