package dev.drop.cards.internal.card;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Drop cards", description = "Virtual cards: their numbers, keys, holds and reveal throttle")
public @interface CardsConfig {

    String PID = "dev.drop.cards";

    @AttributeDefinition(description = "The issuer identification number new cards' numbers start with (6 to 8 digits), "
            + "or a range of them of one length, first-last (48953700-48953799)")
    String bin() default "48953700-48953799";

    @AttributeDefinition(description = "How many years ahead a new card expires (at the end of that month)")
    int validYears() default 3;

    @AttributeDefinition(description = "The keys card numbers are encrypted with (AES-256-GCM), as id:base64 pairs "
            + "separated by commas; keep retired keys listed until drop:cards keys rotate has moved every card off them")
    String encryptionKeys();

    @AttributeDefinition(description = "The id, among encryptionKeys, that new and rotated cards are encrypted with")
    String activeKey();

    @AttributeDefinition(description = "The secret (base64, at least 32 bytes) card numbers are hashed with for look-up")
    String lookupKey();

    @AttributeDefinition(description = "The secret (base64, at least 32 bytes) CVVs are derived with, as an issuer's HSM would")
    String cvvKey();

    @AttributeDefinition(description = "How many days an authorization's hold lasts before the ledger releases it")
    int holdDays() default 7;

    @AttributeDefinition(description = "When above zero, holds last this many seconds instead of holdDays: for tests and "
            + "demos of expiry")
    int holdSeconds() default 0;

    @AttributeDefinition(description = "How long an authorization rule may take before it counts as a decline, in ms")
    int ruleTimeoutMillis() default 500;

    @AttributeDefinition(description = "Wrong passwords a user may give to reveal cards in 15 minutes before waiting")
    int revealAttempts() default 5;

    @AttributeDefinition(description = "How many open cards one user may hold")
    int maxCardsPerUser() default 5;
}
