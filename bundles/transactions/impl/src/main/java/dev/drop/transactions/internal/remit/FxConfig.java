package dev.drop.transactions.internal.remit;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Drop remittances", description = "Exchange rates, fees and quotes for money sent abroad")
public @interface FxConfig {

    String PID = "dev.drop.transactions.fx";

    @AttributeDefinition(description = "The table rate source: '<base>/<quote> <rate>' pairs, comma-separated, e.g. "
            + "'EUR/SEK 11.4520, EUR/USD 1.0850'; inverse and cross rates (through a shared base) are derived")
    String rates() default "EUR/SEK 11.4520, EUR/NOK 11.7105, EUR/DKK 7.4590, EUR/GBP 0.8420, EUR/USD 1.0850, "
            + "EUR/JPY 162.45, EUR/PLN 4.2750, EUR/KWD 0.33417";

    @AttributeDefinition(description = "When the table's rates were set (ISO-8601); shown with each quote")
    String ratesAsOf() default "2026-12-01T16:00:00Z";

    @AttributeDefinition(description = "The fixed part of a remittance's fee per source currency, e.g. 'SEK 15.00'")
    String feeFixed() default "SEK 15.00, EUR 1.50, NOK 15.00, DKK 10.00, GBP 1.25, USD 1.50, JPY 200";

    @AttributeDefinition(description = "The variable part of the fee, in hundredths of a percent of the source amount")
    int feeBasisPoints() default 50;

    @AttributeDefinition(description = "How long a quote's rate is guaranteed, in seconds")
    int quoteSeconds() default 600;

    @AttributeDefinition(description = "The payment rail remittances are paid out through")
    String rail() default "sandbox";

    @AttributeDefinition(description = "The largest remittance per source currency")
    String maxAmount() default "SEK 150000.00, EUR 15000.00, NOK 150000.00, DKK 110000.00, GBP 12000.00, "
            + "USD 15000.00, JPY 2000000";
}
