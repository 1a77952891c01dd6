package dev.drop.transactions.internal.remit;

import dev.drop.platform.money.Money;
import dev.drop.transactions.internal.MoneyEntries;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** Remittances' fees, quote lifetime, rail and limits, as configured; a change reactivates what depends on them. */
@Component(service = FxSettings.class, configurationPid = FxConfig.PID)
@Designate(ocd = FxConfig.class)
public final class FxSettings {

    private final Map<Currency, Money> fixedFees;
    private final Map<Currency, Money> maxAmounts;
    private final int feeBasisPoints;
    private final Duration quoteLifetime;
    private final String rail;

    @Activate
    public FxSettings(FxConfig config) {
        this.fixedFees = MoneyEntries.parse(config.feeFixed(), "feeFixed");
        this.maxAmounts = MoneyEntries.parse(config.maxAmount(), "maxAmount");
        if (config.feeBasisPoints() < 0 || config.feeBasisPoints() > 10_000) {
            throw new IllegalArgumentException("feeBasisPoints is between 0 and 10000");
        }
        this.feeBasisPoints = config.feeBasisPoints();
        this.quoteLifetime = Duration.ofSeconds(Math.max(1, config.quoteSeconds()));
        this.rail = config.rail();
    }

    Money fixedFee(Currency source) {
        return fixedFees.getOrDefault(source, Money.zero(source));
    }

    Optional<Money> maxAmount(Currency source) {
        return Optional.ofNullable(maxAmounts.get(source));
    }

    int feeBasisPoints() {
        return feeBasisPoints;
    }

    Duration quoteLifetime() {
        return quoteLifetime;
    }

    String rail() {
        return rail;
    }
}
