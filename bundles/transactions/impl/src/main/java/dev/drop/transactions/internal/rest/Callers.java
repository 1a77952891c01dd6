package dev.drop.transactions.internal.rest;

import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import java.util.UUID;
import javax.ws.rs.core.SecurityContext;

/** Who is asking: wallets belong to people, so an API key (which acts for a merchant) has none. */
final class Callers {

    private Callers() {
    }

    static Caller caller(SecurityContext security) {
        return Caller.of(security.getUserPrincipal());
    }

    /** Who did it, for the records: {@code user:<id>} for a person, {@code apikey:<id>} for a merchant's key. */
    static String actor(Caller caller) {
        return caller.scopes().isEmpty() ? "user:" + caller.subject() : caller.subject();
    }

    static UUID person(SecurityContext security) {
        Caller caller = caller(security);
        if (caller.scopes().isEmpty()) {
            try {
                return UUID.fromString(caller.subject());
            } catch (IllegalArgumentException notAUser) {
                // falls through to the refusal
            }
        }
        throw ProblemType.FORBIDDEN.exception("Wallets belong to people: sign in as the wallet's owner, not with an API key.");
    }
}
