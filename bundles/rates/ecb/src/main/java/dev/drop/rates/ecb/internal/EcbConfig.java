package dev.drop.rates.ecb.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Drop ECB reference rates", description = "The European Central Bank's daily euro rates")
public @interface EcbConfig {

    String PID = "dev.drop.rates.ecb";

    @AttributeDefinition(description = "Where the eurofxref-daily.xml document is read from: an https:// URL or a file")
    String source() default "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml";

    @AttributeDefinition(description = "How often to read it again, in minutes (the ECB publishes once a working day)")
    int refreshMinutes() default 60;

    @AttributeDefinition(description = "Rates older than this many days are not used (weekends and holidays pass)")
    int maxAgeDays() default 5;
}
