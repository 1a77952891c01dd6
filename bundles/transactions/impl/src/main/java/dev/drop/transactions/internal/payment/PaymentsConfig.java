package dev.drop.transactions.internal.payment;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Drop payments", description = "QR payment requests, their fees and the payment page")
public @interface PaymentsConfig {

    String PID = "dev.drop.transactions.payments";

    @AttributeDefinition(description = "The platform's fee on a payment, in hundredths of a percent of its amount "
            + "(100 = 1 %), rounded half up to the currency's minor unit and taken from the merchant's side; 0 for none")
    int feeBasisPoints() default 0;

    @AttributeDefinition(description = "How long a payment request stays open when its creator names no time, in seconds")
    int defaultExpirySeconds() default 900;

    @AttributeDefinition(description = "The longest a payment request may stay open, in seconds")
    int maxExpirySeconds() default 86_400;

    @AttributeDefinition(description = "Where the public reaches this platform; payment pages' links start with it")
    String publicUrl() default "http://localhost:8181";
}
