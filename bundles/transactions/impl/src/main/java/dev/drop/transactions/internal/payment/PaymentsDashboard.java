package dev.drop.transactions.internal.payment;

import dev.drop.merchants.DashboardSection;
import dev.drop.platform.db.Transactions;
import dev.drop.transactions.internal.persistence.DayTakings;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.PaymentMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code payments} section of a merchant's dashboard: takings, refunds and the average ticket today and over the
 * last 30 days (UTC), and each of those days, in the merchant's currency, for the owner's chart.
 */
@Component(service = DashboardSection.class)
public final class PaymentsDashboard implements DashboardSection {

    static final int DAYS = 30;

    private final Transactions transactions;
    private final Clock clock;

    @Activate
    public PaymentsDashboard(@Reference LedgerStore store) {
        this(store.transactions(), Clock.systemUTC());
    }

    PaymentsDashboard(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "payments";
    }

    @Override
    public Map<String, Object> figures(UUID merchant) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(DAYS - 1);
        List<DayTakings> rows = transactions.query(db -> db.getMapper(PaymentMapper.class).takings(merchant,
                first.atStartOfDay(ZoneOffset.UTC).toInstant()));
        return figures(rows, first, today);
    }

    static Map<String, Object> figures(List<DayTakings> rows, LocalDate first, LocalDate today) {
        Map<String, List<DayTakings>> byCurrency = rows.stream().collect(Collectors.groupingBy(DayTakings::currency,
                LinkedHashMap::new, Collectors.toList()));
        List<Map<String, Object>> currencies = new ArrayList<>();
        byCurrency.forEach((currency, days) -> currencies.add(currency(currency, days, first, today)));
        return Map.of("currencies", currencies);
    }

    private static Map<String, Object> currency(String currency, List<DayTakings> rows, LocalDate first, LocalDate today) {
        Map<LocalDate, DayTakings> byDay = rows.stream().collect(Collectors.toMap(DayTakings::onDay, Function.identity()));
        List<Map<String, Object>> days = new ArrayList<>();
        long paid = 0;
        long payments = 0;
        long refunded = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            DayTakings taken = byDay.getOrDefault(day, new DayTakings(day, currency, 0, 0, 0));
            days.add(Map.of("day", day.toString(), "takings", money(taken.paid(), currency), "payments", taken.payments(),
                    "refunds", money(taken.refunded(), currency)));
            paid += taken.paid();
            payments += taken.payments();
            refunded += taken.refunded();
        }
        DayTakings now = byDay.getOrDefault(today, new DayTakings(today, currency, 0, 0, 0));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("currency", currency);
        figures.put("today", Map.of("takings", money(now.paid(), currency), "payments", now.payments(),
                "refunds", money(now.refunded(), currency), "averageTicket", money(average(now.paid(), now.payments()), currency)));
        figures.put("last30Days", Map.of("takings", money(paid, currency), "payments", payments,
                "refunds", money(refunded, currency), "averageTicket", money(average(paid, payments), currency)));
        figures.put("days", days);
        return figures;
    }

    private static long average(long total, long count) {
        return count == 0 ? 0 : (total + count / 2) / count;
    }

    private static Map<String, Object> money(long amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }
}
