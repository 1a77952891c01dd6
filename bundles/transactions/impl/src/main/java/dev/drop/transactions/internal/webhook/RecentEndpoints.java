package dev.drop.transactions.internal.webhook;

import dev.drop.platform.db.Transactions;
import dev.drop.transactions.internal.persistence.WebhookEndpointRow;
import dev.drop.transactions.internal.persistence.WebhookMapper;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Endpoints as deliveries read them, kept for a second: a busy endpoint is read once a second, not once per delivery.
 * A change (deleted, disabled, failing) reaches deliveries within that second; its pending messages are given up in
 * the database at once.
 */
final class RecentEndpoints {

    private static final long KEEP_NANOS = 1_000_000_000L;

    private record Kept(Optional<WebhookEndpointRow> endpoint, long readAt) {
    }

    private final Transactions transactions;
    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

    RecentEndpoints(Transactions transactions) {
        this.transactions = transactions;
    }

    Optional<WebhookEndpointRow> find(UUID id) {
        long now = System.nanoTime();
        Kept found = kept.get(id);
        if (found != null && now - found.readAt() < KEEP_NANOS) {
            return found.endpoint();
        }
        if (kept.size() > 10_000) {
            kept.clear();
        }
        Optional<WebhookEndpointRow> endpoint = transactions.query(db -> db.getMapper(WebhookMapper.class).endpoint(id));
        kept.put(id, new Kept(endpoint, now));
        return endpoint;
    }
}
