package dev.drop.rail.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drop.platform.db.internal.InMemoryDatabase;
import dev.drop.platform.money.Money;
import dev.drop.transactions.RailOutcome;
import dev.drop.transactions.RailPayout;
import dev.drop.transactions.RailStatus;
import dev.drop.transactions.RailTopUp;
import java.lang.annotation.Annotation;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SandboxBankTest {

    private final BankStore store = new BankStore(new InMemoryDatabase(), config());
    private final SandboxBank bank = new SandboxBank(config(), store);

    @Test
    void aReferenceIsActedOnOnceAndAskedAgainGetsTheFirstAnswer() {
        UUID reference = UUID.randomUUID();
        assertThat(bank.initiateTopUp(new RailTopUp(reference, Money.of(5_000, "SEK"), UUID.randomUUID())).status())
                .isEqualTo(RailStatus.SETTLED);
        assertThat(bank.initiateTopUp(new RailTopUp(reference, Money.of(5_000, "SEK"), UUID.randomUUID())).status())
                .isEqualTo(RailStatus.SETTLED);
        RailOutcome failed = bank.initiatePayout(new RailPayout(UUID.randomUUID(), Money.of(513, "SEK"), "SE4550000000058398257466", "X"));
        assertThat(failed.status()).isEqualTo(RailStatus.FAILED);
        assertThat(failed.reason()).contains("13");
    }

    @Test
    void anOperatorSettlesOrFailsWhatWaitsAndNothingElse() {
        UUID waiting = UUID.randomUUID();
        assertThat(bank.initiateTopUp(new RailTopUp(waiting, Money.of(1_042, "SEK"), UUID.randomUUID())).status())
                .isEqualTo(RailStatus.PENDING);
        assertThat(bank.operate("settle", waiting.toString())).contains("settle sent");
        assertThatThrownBy(() -> bank.operate("fail", waiting.toString())).hasMessageContaining("not waiting");
        assertThatThrownBy(() -> bank.operate("settle", UUID.randomUUID().toString())).hasMessageContaining("no payment");
        assertThatThrownBy(() -> bank.operate("explode", waiting.toString())).hasMessageContaining("knows settle, fail and return");
        assertThatThrownBy(() -> bank.operate("settle", "not-an-id")).hasMessageContaining("not a top-up's or payout's id");
    }

    @Test
    void theSecretIsGeneratedOnceAndSharedThroughTheDatabase() {
        assertThat(store.secret()).startsWith("whsec_");
        assertThat(new BankStore(new InMemoryDatabase(), config()).secret()).isNotEqualTo(store.secret());
    }

    private static SandboxConfig config() {
        return new SandboxConfig() {
            @Override
            public String callbackUrl() {
                return "";
            }

            @Override
            public String _secret() {
                return "";
            }

            @Override
            public long settleMillis() {
                return 10;
            }

            @Override
            public long returnMillis() {
                return 10;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return SandboxConfig.class;
            }
        };
    }
}
