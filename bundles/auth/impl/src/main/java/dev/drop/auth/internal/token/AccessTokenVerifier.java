package dev.drop.auth.internal.token;

import dev.drop.auth.internal.session.Sessions;
import dev.drop.platform.security.Caller;
import dev.drop.platform.security.InvalidTokenException;
import dev.drop.platform.security.TokenVerifier;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Verifies the access tokens of every request for the platform's REST layer. A signature check costs more than the
 * rest of a small request, so a token verified once is remembered until it expires. It is found by its signature (a
 * fifth of the text, so hashing it is cheap) and taken only if its whole text is the same: a token changed in any byte
 * is verified afresh. Expiry and session revocation are checked on every request.
 */
@Component(service = TokenVerifier.class)
public final class AccessTokenVerifier implements TokenVerifier {

    private static final int MAX_REMEMBERED = 20_000;

    private record Verified(String token, Caller caller, UUID session, Instant expiresAt) {
    }

    private final TokenIssuer issuer;
    private final Sessions sessions;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Verified> remembered = new ConcurrentHashMap<>();

    @Activate
    public AccessTokenVerifier(@Reference TokenIssuer issuer, @Reference Sessions sessions) {
        this.issuer = issuer;
        this.sessions = sessions;
    }

    @Override
    public boolean recognizes(String token) {
        return token.startsWith("eyJ") && token.indexOf('.') > 0 && token.indexOf('.') != token.lastIndexOf('.');
    }

    @Override
    public Caller verify(String token) {
        String signature = token.substring(token.lastIndexOf('.') + 1);
        Verified verified = remembered.get(signature);
        if (verified == null || !verified.token().equals(token)) {
            verified = verifyAfresh(token, signature);
        }
        if (!clock.instant().isBefore(verified.expiresAt())) {
            remembered.remove(signature, verified);
            throw new InvalidTokenException("The access token has expired; refresh it.");
        }
        if (sessions.isRevoked(verified.session())) {
            throw new InvalidTokenException("The session of this access token was ended.");
        }
        return verified.caller();
    }

    private Verified verifyAfresh(String token, String signature) {
        AccessTokens.Claims claims;
        try {
            claims = issuer.verify(token);
        } catch (TokenRejectedException e) {
            throw new InvalidTokenException(e.getMessage());
        }
        Verified verified = new Verified(token, new Caller(claims.subject().toString(), claims.roles(), claims.session().toString(),
                Set.of()), claims.session(), claims.expiresAt());
        if (remembered.size() >= MAX_REMEMBERED) {
            Instant now = clock.instant();
            remembered.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
        }
        remembered.put(signature, verified);
        return verified;
    }
}
