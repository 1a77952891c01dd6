package dev.drop.transactions.internal.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.catalog.StockEvents;
import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.event.EventSubscriber;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Refunds a paid order the catalog could not fulfil (its stock ran out between request and payment), with the
 * catalog's reason, which the merchant reads on the payment's refund. Once per payment, however often the event comes.
 */
@Component(service = EventSubscriber.class)
public final class StockShortfallRefunds implements EventSubscriber {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Refunds refunds;

    @Activate
    public StockShortfallRefunds(@Reference Refunds refunds) {
        this.refunds = refunds;
    }

    @Override
    public String id() {
        return "transactions.stock-shortfall";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(StockEvents.SHORTFALL);
    }

    @Override
    public void handle(DomainEvent event) throws Exception {
        JsonNode data = JSON.readTree(event.payload());
        refunds.refundUnfulfilled(UUID.fromString(data.get("merchantId").asText()),
                UUID.fromString(data.get("paymentId").asText()), data.get("reason").asText());
    }
}
