package dev.drop.auth.internal.token;

import com.nimbusds.jose.jwk.JWKSet;
import dev.drop.auth.internal.AuthConfig;
import dev.drop.auth.internal.persistence.AuthStore;
import dev.drop.auth.internal.persistence.SecretsMapper;
import dev.drop.auth.internal.persistence.SigningKeyRow;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The module's access tokens: signs them with the newest key, verifies them against the published ones, rotates
 * keys. Keys live in the database, so all nodes sign and verify alike; a token signed with a key this node has not
 * seen yet makes it reload the keys (at most every few seconds).
 */
@Component(service = TokenIssuer.class, configurationPid = AuthConfig.PID)
@Designate(ocd = AuthConfig.class)
public final class TokenIssuer {

    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(5);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final SigningKeys keys;
    private final AccessTokens tokens;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private volatile Instant lastReload = Instant.EPOCH;

    @Activate
    public TokenIssuer(AuthConfig config, @Reference AuthStore store, @Reference AuditLog audit) {
        this.audit = audit;
        TokenSettings settings = new TokenSettings(config.issuer(), config.audience(),
                Duration.ofSeconds(config.accessTokenSeconds()), CLOCK_SKEW);
        this.keys = new SigningKeys(new StoredKeys(store.transactions()), clock, settings);
        keys.load();
        this.tokens = new AccessTokens(keys, settings, clock);
    }

    public AccessTokens.Issued issue(UUID subject, UUID session, Set<Role> roles) {
        return tokens.issue(subject, session, roles);
    }

    public AccessTokens.Claims verify(String token) {
        try {
            return tokens.verify(token);
        } catch (TokenRejectedException e) {
            if (mayReload()) {
                keys.load();
                return tokens.verify(token);
            }
            throw e;
        }
    }

    public JWKSet jwks() {
        return keys.published();
    }

    public List<SigningKeyRow> keys() {
        return keys.list();
    }

    /** Adds a new signing key; returns its id. */
    public String rotate(String actor) {
        String kid = keys.rotate();
        audit.record(actor, "auth.keys.rotate", "signing-key:" + kid,
                "new ES256 signing key; earlier keys stay valid until the tokens they signed expire");
        return kid;
    }

    private boolean mayReload() {
        Instant now = clock.instant();
        if (lastReload.plus(RELOAD_AT_MOST_EVERY).isAfter(now)) {
            return false;
        }
        lastReload = now;
        return true;
    }

    private record StoredKeys(Transactions transactions) implements SigningKeys.Store {

        @Override
        public List<SigningKeyRow> all() {
            return transactions.read(session -> session.getMapper(SecretsMapper.class).signingKeys());
        }

        @Override
        public void add(SigningKeyRow key) {
            transactions.run(session -> session.getMapper(SecretsMapper.class).insertSigningKey(key));
        }
    }
}
