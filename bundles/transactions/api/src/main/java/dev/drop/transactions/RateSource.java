package dev.drop.transactions;

import java.util.Currency;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where exchange rates come from: a plug-in (a configured table, a central bank's reference rates). Remittance quotes
 * take the rate from the source of the highest {@code service.ranking} that has the pair.
 */
@ConsumerType
public interface RateSource {

    /** A short name shown with each quote, e.g. {@code table} or {@code ecb}. */
    String name();

    /** How many units of {@code quote} one unit of {@code base} buys now, or empty when this source has no such rate. */
    Optional<ExchangeRate> rate(Currency base, Currency quote);
}
