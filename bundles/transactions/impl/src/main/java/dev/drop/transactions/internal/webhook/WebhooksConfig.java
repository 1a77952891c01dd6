package dev.drop.transactions.internal.webhook;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Drop merchant webhooks", description = "How payments events reach merchants' endpoints")
public @interface WebhooksConfig {

    String PID = "dev.drop.transactions.webhooks";

    @AttributeDefinition(description = "CIDR ranges deliveries may reach although they are private, loopback or "
            + "link-local (e.g. 10.1.0.0/16 for a till on the shop's own network); none by default")
    String[] allowNetworks() default {};

    @AttributeDefinition(description = "Whether plain http:// endpoints may be registered (https:// always may)")
    boolean allowHttp() default false;

    @AttributeDefinition(description = "How long to wait for a connection, in milliseconds")
    int connectTimeoutMillis() default 5_000;

    @AttributeDefinition(description = "How long to wait for a whole delivery's answer, in milliseconds")
    int requestTimeoutMillis() default 10_000;

    @AttributeDefinition(description = "Deliveries made at once on this node")
    int workers() default 16;

    @AttributeDefinition(description = "An endpoint that failed every delivery for this many hours is disabled")
    int disableAfterHours() default 120;
}
