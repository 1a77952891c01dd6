package dev.drop.transactions.internal.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.drop.platform.money.Money;
import dev.drop.transactions.internal.persistence.DayTakings;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentArithmeticTest {

    @Test
    void refundsNeverExceedWhatWasPaid() {
        assertEquals(12900, RefundArithmetic.refundable(12900, 0));
        assertEquals(2900, RefundArithmetic.refundable(12900, 10000));
        assertEquals(0, RefundArithmetic.refundable(12900, 12900));
        assertThrows(IllegalArgumentException.class, () -> RefundArithmetic.refundable(12900, 12901));
        assertThrows(IllegalArgumentException.class, () -> RefundArithmetic.refundable(12900, -1));
        assertEquals(PaymentStatus.PAID, RefundArithmetic.statusAfter(12900, 0));
        assertEquals(PaymentStatus.PARTIALLY_REFUNDED, RefundArithmetic.statusAfter(12900, 1));
        assertEquals(PaymentStatus.REFUNDED, RefundArithmetic.statusAfter(12900, 12900));
    }

    @Test
    void feesRoundHalfUpToTheMinorUnit() {
        PaymentSettings onePercent = new PaymentSettings(100, Duration.ofMinutes(15), Duration.ofDays(1), URI.create("http://x"));
        assertEquals(Money.of(129, "SEK"), onePercent.feeOn(Money.of(12900, "SEK")));
        assertEquals(Money.of(1, "SEK"), onePercent.feeOn(Money.of(50, "SEK")));
        assertEquals(Money.of(0, "SEK"), onePercent.feeOn(Money.of(49, "SEK")));
        assertEquals(Money.of(99_999_999, "JPY"), onePercent.feeOn(Money.of(9_999_999_900L, "JPY")));
        PaymentSettings none = new PaymentSettings(0, Duration.ofMinutes(15), Duration.ofDays(1), URI.create("http://x"));
        assertEquals(0, none.feeOn(Money.of(12900, "SEK")).amount());
        assertThrows(IllegalArgumentException.class, () -> new PaymentSettings(10_001, Duration.ZERO, Duration.ZERO,
                URI.create("http://x")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void dashboardFillsEveryDayAndAveragesInMinorUnits() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        LocalDate first = today.minusDays(PaymentsDashboard.DAYS - 1);
        Map<String, Object> figures = PaymentsDashboard.figures(List.of(
                new DayTakings(today.minusDays(1), "SEK", 30000, 3, 500),
                new DayTakings(today, "SEK", 1001, 2, 0)), first, today);
        Map<String, Object> sek = ((List<Map<String, Object>>) figures.get("currencies")).get(0);
        assertEquals(30, ((List<?>) sek.get("days")).size());
        Map<String, Object> month = (Map<String, Object>) sek.get("last30Days");
        assertEquals(Map.of("amount", 31001L, "currency", "SEK"), month.get("takings"));
        assertEquals(5L, month.get("payments"));
        assertEquals(Map.of("amount", 6200L, "currency", "SEK"), month.get("averageTicket"));
        Map<String, Object> day = (Map<String, Object>) sek.get("today");
        assertEquals(Map.of("amount", 501L, "currency", "SEK"), day.get("averageTicket"));
        assertEquals(Map.of("amount", 500L, "currency", "SEK"), month.get("refunds"));
    }
}
