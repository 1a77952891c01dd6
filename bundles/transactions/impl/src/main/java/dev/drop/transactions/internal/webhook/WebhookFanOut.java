package dev.drop.transactions.internal.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drop.platform.db.DatabaseKind;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.event.EventSubscriber;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.WebhookEndpointRow;
import dev.drop.transactions.internal.persistence.WebhookMapper;
import dev.drop.transactions.internal.persistence.WebhookMessageRow;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Turns the module's payment events, as the outbox delivers them, into one message per subscribed endpoint of the
 * merchant. A redelivered event finds its messages there and adds none; so a committed payment reaches its merchant's
 * endpoints however often the process dies between commit and delivery.
 */
@Component(service = EventSubscriber.class)
public final class WebhookFanOut implements EventSubscriber {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transactions transactions;
    private final boolean postgres;
    private final WebhookDispatcher dispatcher;

    @Activate
    public WebhookFanOut(@Reference LedgerStore store, @Reference WebhookDispatcher dispatcher) {
        this.transactions = store.transactions();
        this.postgres = store.kind() == DatabaseKind.POSTGRESQL;
        this.dispatcher = dispatcher;
    }

    @Override
    public String id() {
        return "transactions.webhooks";
    }

    @Override
    public Set<String> eventTypes() {
        return WebhookEndpoints.EVENT_TYPES;
    }

    @Override
    public void handle(DomainEvent event) throws Exception {
        JsonNode data = JSON.readTree(event.payload());
        if (!data.hasNonNull("merchantId")) {
            return;
        }
        UUID merchant = UUID.fromString(data.get("merchantId").asText());
        String body = body(event, data);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int added = transactions.inTransaction(db -> {
            WebhookMapper mapper = db.getMapper(WebhookMapper.class);
            if (postgres) {
                // the outbox marks the event handled afterwards, in a transaction that does wait for the disk, and the
                // WAL is flushed in order: once that mark is durable, so are these messages; before, the event comes again
                mapper.commitWithoutWaiting();
            }
            int inserted = 0;
            for (WebhookEndpointRow endpoint : mapper.endpointsOf(merchant)) {
                if (EndpointStatus.ACTIVE.name().equals(endpoint.status())
                        && List.of(endpoint.events().split(" ")).contains(event.type())) {
                    inserted += mapper.insertMessageIfAbsent(new WebhookMessageRow(messageId(endpoint.id(), event.id()),
                            endpoint.id(), event.id(), event.type(), body, MessageStatus.PENDING.name(), 0, now, now, null));
                }
            }
            return inserted;
        });
        if (added > 0) {
            dispatcher.wake();
        }
    }

    /** The delivery's body: the event's type, when it happened, and its data. */
    static String body(DomainEvent event, JsonNode data) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", event.type());
        body.put("timestamp", event.occurredAt().toString());
        body.set("data", data);
        return JSON.writeValueAsString(body);
    }

    static UUID messageId(UUID endpoint, UUID event) {
        return UUID.nameUUIDFromBytes((endpoint + ":" + event).getBytes(StandardCharsets.UTF_8));
    }
}
