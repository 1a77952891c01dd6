package dev.drop.catalog.internal.stock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.catalog.OrderLine;
import dev.drop.catalog.StockEvents;
import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.SaleVariant;
import dev.drop.catalog.internal.persistence.StockClaimRow;
import dev.drop.catalog.internal.persistence.StockMapper;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.event.DomainEvents;
import dev.drop.platform.event.EventSubscriber;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Takes the stock of each paid order (a {@code payment.paid} event with {@code lines}) once: all its lines or none.
 * When a line has too little left, the order is not fulfilled and a {@link StockEvents#SHORTFALL} event, committed
 * with the claim, asks for the payment's refund. The claim row makes a redelivered event change nothing.
 */
@Component(service = EventSubscriber.class)
public final class StockClaims implements EventSubscriber {

    public static final String TAKEN = "TAKEN";
    public static final String SHORT = "SHORT";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transactions transactions;
    private final EventOutbox outbox;
    private final Clock clock;

    @Activate
    public StockClaims(@Reference CatalogStore store, @Reference EventOutbox outbox) {
        this(store.transactions(), outbox, Clock.systemUTC());
    }

    StockClaims(Transactions transactions, EventOutbox outbox, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "catalog.stock";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("payment.paid");
    }

    @Override
    public void handle(DomainEvent event) throws Exception {
        JsonNode data = JSON.readTree(event.payload());
        if (!data.path("lines").isArray() || data.path("lines").isEmpty()) {
            return;
        }
        UUID payment = UUID.fromString(data.get("paymentId").asText());
        UUID merchant = UUID.fromString(data.get("merchantId").asText());
        List<OrderLine> lines = new ArrayList<>();
        data.get("lines").forEach(line -> lines.add(new OrderLine(line.get("sku").asText(), line.get("quantity").asInt())));
        claim(payment, merchant, lines);
    }

    /** Takes the order's stock, or records why it could not; a payment already claimed is left as it is. */
    StockClaimRow claim(UUID payment, UUID merchant, List<OrderLine> lines) {
        return transactions.inTransaction(db -> {
            StockMapper mapper = db.getMapper(StockMapper.class);
            StockClaimRow existing = mapper.claim(payment).orElse(null);
            if (existing != null) {
                return existing;
            }
            Set<String> skus = lines.stream().map(OrderLine::sku).collect(Collectors.toCollection(TreeSet::new));
            Set<UUID> products = mapper.variantsBySku(merchant, skus).stream().map(SaleVariant::productId)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!products.isEmpty()) {
                mapper.lockProducts(products);
            }
            Map<String, SaleVariant> variants = mapper.lockVariantsBySku(merchant, skus).stream()
                    .collect(Collectors.toMap(SaleVariant::sku, Function.identity()));
            List<String> missing = lines.stream().map(line -> shortfall(line, variants.get(line.sku())))
                    .filter(reason -> reason != null).toList();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            StockClaimRow claim;
            if (missing.isEmpty()) {
                for (OrderLine line : lines.stream().sorted(Comparator.comparing(OrderLine::sku)).toList()) {
                    mapper.takeStock(variants.get(line.sku()).id(), line.quantity());
                }
                lines.stream().map(line -> variants.get(line.sku()).productId()).distinct().sorted()
                        .forEach(product -> mapper.stockChanged(product, now));
                claim = new StockClaimRow(payment, merchant, TAKEN, null, now);
            } else {
                claim = new StockClaimRow(payment, merchant, SHORT, cut("Out of stock: " + String.join("; ", missing)
                        + ". Refunded automatically.", 200), now);
                outbox.append(db, shortfallEvent(claim));
            }
            mapper.insertClaim(claim);
            return claim;
        });
    }

    private static String shortfall(OrderLine line, SaleVariant variant) {
        if (variant == null) {
            return line.sku() + " is no longer sold";
        }
        if (variant.stock() >= line.quantity()) {
            return null;
        }
        return OrderPricing.nameOf(variant) + " (" + line.sku() + "): ordered " + line.quantity() + ", "
                + (variant.stock() == 0 ? "none" : variant.stock()) + " left";
    }

    private static DomainEvent shortfallEvent(StockClaimRow claim) {
        try {
            return DomainEvents.create("catalog", StockEvents.SHORTFALL, "payment", claim.paymentId().toString(),
                    JSON.writeValueAsString(Map.of("paymentId", claim.paymentId(), "merchantId", claim.merchantId(),
                            "reason", claim.detail())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("ids and a sentence are always JSON", e);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
