package dev.drop.platform.core.internal.outbox;

import dev.drop.platform.core.internal.persistence.BacklogRow;
import dev.drop.platform.core.internal.persistence.OutboxMapper;
import dev.drop.platform.core.internal.persistence.PlatformStore;
import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's backlog per subscriber, read from the database when metrics are scraped (so every node reports the
 * cluster's backlog): what an alert on a stuck or failing subscriber watches.
 */
@Component(service = Collector.class)
public final class OutboxMetrics extends Collector {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxMetrics.class);

    private final PlatformStore store;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public OutboxMetrics(@Reference PlatformStore store) {
        this.store = store;
    }

    @Override
    public List<MetricFamilySamples> collect() {
        List<String> subscriber = List.of("subscriber");
        GaugeMetricFamily pending = new GaugeMetricFamily("drop_outbox_pending_deliveries",
                "Events committed but not yet delivered to the subscriber.", subscriber);
        GaugeMetricFamily retrying = new GaugeMetricFamily("drop_outbox_retrying_deliveries",
                "Pending deliveries the subscriber has failed at least once.", subscriber);
        GaugeMetricFamily oldest = new GaugeMetricFamily("drop_outbox_oldest_pending_age_seconds",
                "Age of the oldest event the subscriber is still owed.", subscriber);
        List<BacklogRow> backlog;
        try {
            backlog = store.transactions().query(session -> session.getMapper(OutboxMapper.class).backlog());
        } catch (PersistenceException e) {
            // the database's health check reports it; the scrape goes on without these figures
            LOG.warn("the outbox backlog could not be read for the metrics: {}", e.getMessage());
            return List.of();
        }
        for (BacklogRow row : backlog) {
            List<String> labels = List.of(row.subscriber());
            pending.addMetric(labels, row.pending());
            retrying.addMetric(labels, row.retrying());
            oldest.addMetric(labels, Math.max(0, Duration.between(row.oldest(), clock.instant()).toMillis() / 1000.0));
        }
        return List.of(pending, retrying, oldest);
    }
}
