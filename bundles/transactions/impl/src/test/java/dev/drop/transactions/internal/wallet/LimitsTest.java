package dev.drop.transactions.internal.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drop.platform.money.Money;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.db.internal.InMemoryDatabase;
import dev.drop.transactions.internal.persistence.LedgerStore;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private final TransactionsConfig config = config("SEK, EUR, JPY", "SEK 1000.00, JPY 50000", "SEK 2000.00", 3);
    private final Limits limits = new Limits(config);
    private final Instant now = Instant.parse("2026-12-03T10:15:00Z");
    private final LedgerStore store = new LedgerStore(new InMemoryDatabase());
    private final Spending spending = new Spending(store, new Settings(config));

    @Test
    void theLargestSingleAmountIsPerCurrencyAndNamed() {
        limits.checkSingle(Money.of(100_000, "SEK"), "amount");
        assertThatThrownBy(() -> limits.checkSingle(Money.of(100_001, "SEK"), "amount"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().extensions()).containsEntry("limit", "maxSingle");
                    assertThat(e.problem().detail()).contains("1000.00 SEK");
                });
        limits.checkSingle(Money.of(50_000, "JPY"), "amount");
        limits.checkSingle(Money.of(99_999_999, "EUR"), "amount");
        assertThat(limits.supports(Money.currency("EUR"))).isTrue();
        assertThat(limits.supports(Money.currency("USD"))).isFalse();
    }

    @Test
    void theDailyTotalResetsAtMidnightUtcAndTheHourlyCountAtTheFullHourAndARefusalCountsNothing() {
        UUID user = UUID.randomUUID();
        UUID wallet = UUID.randomUUID();
        spend(user, wallet, Money.of(150_000, "SEK"));
        spend(user, wallet, Money.of(50_000, "SEK"));
        assertThatThrownBy(() -> spend(user, wallet, Money.of(1, "SEK")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(429);
                    assertThat(e.problem().extensions()).containsEntry("limit", "dailyTotal")
                            .containsEntry("resetsAt", "2026-12-04T00:00:00Z");
                    assertThat(e.headers()).containsEntry("Retry-After", String.valueOf(13 * 3600 + 45 * 60 + 1));
                });
        UUID other = UUID.randomUUID();
        spend(user, other, Money.of(1, "EUR"));
        assertThatThrownBy(() -> spend(user, other, Money.of(1, "EUR")))
                .isInstanceOfSatisfying(ProblemException.class, e ->
                        assertThat(e.problem().extensions()).containsEntry("limit", "transfersPerHour")
                                .containsEntry("resetsAt", "2026-12-03T11:00:00Z"));
        UUID someoneElse = UUID.randomUUID();
        spend(someoneElse, UUID.randomUUID(), Money.of(1, "SEK"));
    }

    private void spend(UUID user, UUID wallet, Money amount) {
        store.transactions().run(session -> spending.add(session, user, wallet, amount, now));
    }

    @Test
    void aMalformedLimitIsRefusedWhenTheSettingsAreRead() {
        assertThatThrownBy(() -> new Limits(config("SEK", "SEK", "", 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(config("SEK", "SEK 10.001", "", 1))).isInstanceOf(IllegalArgumentException.class);
    }

    static TransactionsConfig config(String currencies, String maxSingle, String daily, int perHour) {
        return new TransactionsConfig() {
            @Override
            public String currencies() {
                return currencies;
            }

            @Override
            public String maxSingle() {
                return maxSingle;
            }

            @Override
            public String dailyTotal() {
                return daily;
            }

            @Override
            public int transfersPerHour() {
                return perHour;
            }

            @Override
            public String defaultRail() {
                return "sandbox";
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return TransactionsConfig.class;
            }
        };
    }
}
