package dev.drop.transactions.internal.wallet;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/dev.drop.transactions.cfg}: the currencies wallets hold and each user's limits. */
@ObjectClassDefinition(name = "Drop transactions", description = "Wallet currencies, per-user limits, the default rail")
public @interface TransactionsConfig {

    String PID = "dev.drop.transactions";

    @AttributeDefinition(description = "ISO 4217 codes of the currencies a wallet may hold, comma-separated")
    String currencies() default "SEK, EUR, NOK, DKK, GBP, USD, JPY";

    @AttributeDefinition(description = "Largest single transfer, payout or top-up per currency, e.g. 'SEK 100000.00, "
            + "EUR 10000.00'")
    String maxSingle() default "SEK 100000.00, EUR 10000.00, NOK 100000.00, DKK 75000.00, GBP 8000.00, USD 10000.00, "
            + "JPY 1500000";

    @AttributeDefinition(description = "Largest total a user sends from one wallet in a day (UTC), per currency")
    String dailyTotal() default "SEK 250000.00, EUR 25000.00, NOK 250000.00, DKK 190000.00, GBP 20000.00, USD 25000.00, "
            + "JPY 3500000";

    @AttributeDefinition(description = "Most transfers and payouts a user sends in an hour")
    int transfersPerHour() default 60;

    @AttributeDefinition(description = "The rail a top-up or payout goes through when the request names none")
    String defaultRail() default "sandbox";
}
