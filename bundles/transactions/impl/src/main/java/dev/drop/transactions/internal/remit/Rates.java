package dev.drop.transactions.internal.remit;

import dev.drop.transactions.ExchangeRate;
import dev.drop.transactions.RateSource;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The rate sources present, asked in order of their service ranking (highest first) until one has the pair. */
@Component(service = Rates.class)
public final class Rates {

    private final Map<RateSource, Integer> sources = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindSource(RateSource source, Map<String, Object> properties) {
        sources.put(source, properties.get("service.ranking") instanceof Integer ranking ? ranking : 0);
    }

    void unbindSource(RateSource source) {
        sources.remove(source);
    }

    public Optional<ExchangeRate> best(Currency base, Currency quote) {
        return sources.entrySet().stream().sorted(Map.Entry.<RateSource, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(entry -> entry.getKey().rate(base, quote)).flatMap(Optional::stream).findFirst();
    }
}
