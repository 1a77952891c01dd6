package dev.drop.bench.probe.internal;

import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.event.EventSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;

/**
 * Subscribes to the benchmark's events and records, per event, the time from its commit to its delivery. A
 * dispatcher polling at the right moment can deliver an event before its committing thread has noted the commit
 * time; such an event counts with the latency it had, near zero.
 */
@Component(service = {DeliveryLatency.class, EventSubscriber.class})
public final class DeliveryLatency implements EventSubscriber {

    private final Map<UUID, Long> committedAt = new ConcurrentHashMap<>();
    private final Map<UUID, Long> deliveredEarly = new ConcurrentHashMap<>();
    private final List<Long> latencies = new ArrayList<>();
    private long firstCommit;
    private long lastDelivery;

    @Override
    public String id() {
        return "bench.latency";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("bench.*");
    }

    void committed(UUID event, long nanos) {
        synchronized (this) {
            if (firstCommit == 0) {
                firstCommit = nanos;
            }
            Long delivered = deliveredEarly.remove(event);
            if (delivered != null) {
                latencies.add(Math.max(0, delivered - nanos));
            } else {
                committedAt.put(event, nanos);
            }
        }
    }

    @Override
    public void handle(DomainEvent event) {
        long now = System.nanoTime();
        synchronized (this) {
            lastDelivery = now;
            Long committed = committedAt.remove(event.id());
            if (committed != null) {
                latencies.add(now - committed);
            } else {
                deliveredEarly.put(event.id(), now);
            }
        }
    }

    synchronized Stats stats() {
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        double seconds = (lastDelivery - firstCommit) / 1e9;
        return new Stats(sorted.size(), seconds, seconds > 0 ? sorted.size() / seconds : 0, percentile(sorted, 50),
                percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    synchronized void reset() {
        committedAt.clear();
        deliveredEarly.clear();
        latencies.clear();
        firstCommit = 0;
        lastDelivery = 0;
    }

    private static double percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }

    /** Delivered events, the seconds from first commit to last delivery, and latencies in ms. */
    public record Stats(int delivered, double seconds, double perSecond, double p50Millis, double p99Millis,
                        double maxMillis) {
    }
}
