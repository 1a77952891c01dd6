package dev.drop.transactions.internal.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drop.platform.db.internal.InMemoryDatabase;
import dev.drop.transactions.internal.persistence.DayTakings;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.PaymentMapper;
import dev.drop.transactions.internal.persistence.PaymentRequestRow;
import dev.drop.transactions.internal.persistence.PaymentRow;
import dev.drop.transactions.internal.persistence.RefundRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The payments' SQL on the embedded database: the dashboard's figures by day. */
class PaymentStoreTest {

    private final LedgerStore store = new LedgerStore(new InMemoryDatabase());

    @Test
    void takingsAddUpByDayWithRefundsOnTheDayTheyWereMade() {
        UUID merchant = UUID.randomUUID();
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        store.transactions().run(db -> {
            PaymentMapper mapper = db.getMapper(PaymentMapper.class);
            for (int i = 0; i < 3; i++) {
                UUID request = UUID.randomUUID();
                UUID payment = UUID.randomUUID();
                Instant at = now.minusSeconds(86_400L * i);
                mapper.insertRequest(new PaymentRequestRow(request, merchant, 1_000 * (i + 1), "SEK", null, "PAID", "x", at,
                        at, "user:x", at));
                mapper.insertPayment(new PaymentRow(payment, request, merchant, UUID.randomUUID(), UUID.randomUUID(),
                        1_000 * (i + 1), "SEK", 10, 0, "PAID", null, at, at));
                if (i == 2) {
                    mapper.insertRefund(new RefundRow(UUID.randomUUID(), payment, merchant, 500, "SEK", "r", "user:x", now));
                }
            }
        });
        List<DayTakings> rows = store.transactions().query(db -> db.getMapper(PaymentMapper.class).takings(merchant,
                now.minusSeconds(86_400L * 29)));
        assertEquals(List.of(new DayTakings(LocalDate.of(2026, 12, 2), "SEK", 3_000, 1, 0),
                new DayTakings(LocalDate.of(2026, 12, 3), "SEK", 2_000, 1, 0),
                new DayTakings(LocalDate.of(2026, 12, 4), "SEK", 1_000, 1, 500)), rows);
        Map<String, Object> figures = new PaymentsDashboard(store.transactions(),
                Clock.fixed(now, ZoneOffset.UTC)).figures(merchant);
        assertEquals(1, ((List<?>) figures.get("currencies")).size());
    }
}
