package dev.drop.transactions.internal.remit;

import dev.drop.transactions.ExchangeRate;
import dev.drop.transactions.RateSource;
import dev.drop.transactions.internal.MoneyEntries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The default rate source: a table an operator configures ({@code rates} in {@code etc/dev.drop.transactions.fx.cfg}).
 * A pair's inverse is derived, and a cross rate through a currency both are quoted against (EUR/SEK and EUR/JPY give
 * SEK/JPY), to 10 significant digits.
 */
@Component(service = RateSource.class, configurationPid = FxConfig.PID, property = "service.ranking:Integer=0")
public final class TableRateSource implements RateSource {

    private static final MathContext PRECISION = new MathContext(10);

    private final Map<Currency, Map<Currency, BigDecimal>> rates = new HashMap<>();
    private final Instant asOf;

    @Activate
    public TableRateSource(FxConfig config) {
        this(config.rates(), Instant.parse(config.ratesAsOf()));
    }

    TableRateSource(String table, Instant asOf) {
        this.asOf = asOf;
        for (String entry : MoneyEntries.list(table)) {
            String[] parts = entry.split("\\s+");
            String[] pair = parts[0].split("/");
            if (parts.length != 2 || pair.length != 2) {
                throw new IllegalArgumentException("rates: '" + entry + "' is not '<base>/<quote> <rate>'");
            }
            BigDecimal rate = new BigDecimal(parts[1]);
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("rates: '" + entry + "' is not above zero");
            }
            Currency base = Currency.getInstance(pair[0]);
            Currency quote = Currency.getInstance(pair[1]);
            rates.computeIfAbsent(base, c -> new HashMap<>()).put(quote, rate);
            rates.computeIfAbsent(quote, c -> new HashMap<>()).put(base, BigDecimal.ONE.divide(rate, PRECISION));
        }
    }

    @Override
    public String name() {
        return "table";
    }

    @Override
    public Optional<ExchangeRate> rate(Currency base, Currency quote) {
        if (base.equals(quote)) {
            return Optional.empty();
        }
        BigDecimal direct = rates.getOrDefault(base, Map.of()).get(quote);
        if (direct != null) {
            return Optional.of(new ExchangeRate(base, quote, direct, asOf, name()));
        }
        for (Map.Entry<Currency, BigDecimal> via : rates.getOrDefault(base, Map.of()).entrySet()) {
            BigDecimal onward = rates.getOrDefault(via.getKey(), Map.of()).get(quote);
            if (onward != null) {
                return Optional.of(new ExchangeRate(base, quote, via.getValue().multiply(onward, PRECISION), asOf, name()));
            }
        }
        return Optional.empty();
    }
}
