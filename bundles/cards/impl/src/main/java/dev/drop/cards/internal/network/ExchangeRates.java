package dev.drop.cards.internal.network;

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

/** The transactions module's rate sources, for authorizations in another currency than the card's wallet. */
@Component(service = ExchangeRates.class)
public final class ExchangeRates {

    private final Map<RateSource, Integer> sources = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindSource(RateSource source, Map<String, Object> properties) {
        sources.put(source, properties.get("service.ranking") instanceof Integer ranking ? ranking : 0);
    }

    void unbindSource(RateSource source) {
        sources.remove(source);
    }

    /** How many units of the wallet's currency one unit of the merchant's buys, from the highest-ranked source with it. */
    Optional<ExchangeRate> rate(Currency merchant, Currency wallet) {
        return sources.entrySet().stream().sorted(Map.Entry.<RateSource, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(entry -> entry.getKey().rate(merchant, wallet)).flatMap(Optional::stream).findFirst();
    }
}
