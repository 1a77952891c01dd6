package dev.drop.cards;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A rule another module contributes to card authorizations (compliance vetoes sanctioned merchants), published as a
 * service. Every rule is asked before a hold is placed; a rule that refuses, throws or takes longer than the module's
 * configured time declines the authorization: a rule never approves by accident.
 */
@ConsumerType
public interface AuthorizationRule {

    /** A short name for the records, e.g. {@code compliance.sanctions}. */
    String name();

    /** Empty to let the authorization go on; a reason (no card numbers) to decline it. */
    Optional<String> refusal(AuthorizationRequest request);
}
