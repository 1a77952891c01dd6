package dev.drop.rail.sandbox.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/dev.drop.rail.sandbox.cfg}. */
@ObjectClassDefinition(name = "Drop sandbox bank", description = "A simulated bank behind the sandbox payment rail")
public @interface SandboxConfig {

    String PID = "dev.drop.rail.sandbox";

    @AttributeDefinition(description = "Where the bank sends its callbacks; empty: this node's own API at "
            + "/api/v1/rails/sandbox/callbacks")
    String callbackUrl() default "";

    @AttributeDefinition(description = "The Standard Webhooks secret (whsec_...) the bank signs callbacks with; empty: "
            + "one generated at first start and kept in the database, shared by every node", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String _secret() default "";

    @AttributeDefinition(description = "How long a payout takes to settle at the bank, in milliseconds")
    long settleMillis() default 300;

    @AttributeDefinition(description = "How long after settling a returned payout comes back, in milliseconds")
    long returnMillis() default 700;
}
