package dev.drop.catalog.internal.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drop.catalog.OrderLine;
import dev.drop.catalog.PricedLine;
import dev.drop.catalog.StockEvents;
import dev.drop.catalog.internal.persistence.CatalogMapper;
import dev.drop.catalog.internal.persistence.CatalogStore;
import dev.drop.catalog.internal.persistence.ProductRow;
import dev.drop.catalog.internal.persistence.StockClaimRow;
import dev.drop.catalog.internal.persistence.StockMapper;
import dev.drop.catalog.internal.persistence.VariantRow;
import dev.drop.platform.db.internal.InMemoryDatabase;
import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Taking a paid order's stock on the embedded database: once per payment, all lines or none, priced as on sale. */
class StockClaimsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private final CatalogStore store = new CatalogStore(new InMemoryDatabase());
    private final List<DomainEvent> appended = new ArrayList<>();
    private final StockClaims claims = new StockClaims(store.transactions(), (db, event) -> appended.add(event),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final UUID merchant = UUID.randomUUID();
    private final UUID product = UUID.randomUUID();

    StockClaimsTest() {
        store.transactions().run(db -> {
            CatalogMapper catalog = db.getMapper(CatalogMapper.class);
            catalog.insertProduct(new ProductRow(product, merchant, "FIG", "figue", "Figue", "Maison", null, "{}", "PUBLISHED",
                    null, null, "SEK", 89_000L, true, NOW, NOW, 1));
            catalog.insertVariant(new VariantRow(UUID.randomUUID(), product, merchant, "FIG-50", "50 ml", 89_000, 3, 0));
            catalog.insertVariant(new VariantRow(UUID.randomUUID(), product, merchant, "FIG-100", "100 ml", 129_000, 1, 1));
        });
    }

    private int stock(String sku) {
        return store.transactions().query(db -> db.getMapper(StockMapper.class)
                .variantsBySku(merchant, Set.of(sku))).get(0).stock();
    }

    @Test
    void aRedeliveredPaymentTakesItsStockOnce() {
        UUID payment = UUID.randomUUID();
        List<OrderLine> order = List.of(new OrderLine("FIG-50", 2), new OrderLine("FIG-100", 1));
        StockClaimRow first = claims.claim(payment, merchant, order);
        StockClaimRow again = claims.claim(payment, merchant, order);
        assertEquals(StockClaims.TAKEN, first.outcome());
        assertEquals(first, again);
        assertEquals(1, stock("FIG-50"));
        assertEquals(0, stock("FIG-100"));
        assertTrue(appended.isEmpty());
    }

    @Test
    void anOrderTheStockCannotCoverTakesNothingAndAsksForOneRefund() {
        UUID payment = UUID.randomUUID();
        List<OrderLine> order = List.of(new OrderLine("FIG-50", 2), new OrderLine("FIG-100", 2));
        StockClaimRow claim = claims.claim(payment, merchant, order);
        claims.claim(payment, merchant, order);
        assertEquals(StockClaims.SHORT, claim.outcome());
        assertEquals("Out of stock: Figue – 100 ml (FIG-100): ordered 2, 1 left. Refunded automatically.", claim.detail());
        assertEquals(3, stock("FIG-50"));
        assertEquals(1, stock("FIG-100"));
        assertEquals(1, appended.size());
        assertEquals(StockEvents.SHORTFALL, appended.get(0).type());
        assertTrue(appended.get(0).payload().contains(payment.toString()));
    }

    @Test
    void pricingTakesTheCatalogsPricesAndRefusesWhatIsNotOnSale() {
        OrderPricing pricing = new OrderPricing(store);
        List<PricedLine> priced = pricing.price(merchant, List.of(new OrderLine("FIG-100", 1), new OrderLine("FIG-50", 2)));
        assertEquals(new PricedLine("FIG-100", "Figue – 100 ml", 1, Money.of(129_000, "SEK")), priced.get(0));
        assertEquals(Money.of(178_000, "SEK"), priced.get(1).total());
        ProblemException tooMany = assertThrows(ProblemException.class,
                () -> pricing.price(merchant, List.of(new OrderLine("FIG-100", 2), new OrderLine("NOPE", 1))));
        assertEquals(422, tooMany.problem().status());
        assertEquals(List.of("lines[0].quantity", "lines[1].sku"), tooMany.problem().errors().stream()
                .map(FieldError::field).toList());
    }
}
