package dev.drop.auth.internal.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.drop.auth.internal.account.Accounts;
import dev.drop.auth.internal.persistence.AuthStore;
import dev.drop.auth.internal.persistence.OidcPendingRow;
import dev.drop.auth.internal.persistence.SecretsMapper;
import dev.drop.auth.internal.session.AuthProblems;
import dev.drop.auth.internal.session.SignIn;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.problem.ProblemType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in through an OIDC provider with the authorization code flow and PKCE. Starting keeps the state, nonce and code
 * verifier server-side for ten minutes; the callback must come back with that state, in the browser that started (the
 * state is also in a cookie), once. The id_token is checked against the provider's keys, issuer, audience, expiry and
 * the nonce; then the person gets their Drop account and the usual Drop tokens.
 */
@Component(service = OidcLogin.class)
public final class OidcLogin {

    private static final Logger LOG = LoggerFactory.getLogger(OidcLogin.class);
    public static final Duration PENDING_FOR = Duration.ofMinutes(10);

    /** A started sign-in: where to send the browser, and the state to remember in it. */
    public record Started(URI authorizationUri, String state) {
    }

    /** What the provider sent back to the callback. */
    public record Callback(String code, String state, String error, String errorDescription) {
    }

    private final Map<String, OidcProvider> providers = new ConcurrentHashMap<>();
    private final Transactions transactions;
    private final Accounts accounts;
    private final SignIn signIn;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public OidcLogin(@Reference AuthStore store, @Reference Accounts accounts, @Reference SignIn signIn,
                     @Reference AuditLog audit) {
        this.transactions = store.transactions();
        this.accounts = accounts;
        this.signIn = signIn;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(OidcProvider provider) {
        providers.put(provider.name(), provider);
    }

    void removeProvider(OidcProvider provider) {
        providers.remove(provider.name(), provider);
    }

    /** The providers users may choose from, by name. */
    public List<Map.Entry<String, String>> providers() {
        return providers.values().stream().sorted(Comparator.comparing(OidcProvider::name))
                .map(provider -> Map.entry(provider.name(), provider.displayName())).toList();
    }

    public Started start(String providerName) {
        OidcProvider provider = provider(providerName);
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI authorization;
        try {
            authorization = provider.authorizationUri(state, nonce, verifier);
        } catch (OidcProvider.UnavailableException e) {
            throw unavailable(e);
        }
        Instant now = now();
        transactions.run(db -> {
            SecretsMapper secrets = db.getMapper(SecretsMapper.class);
            secrets.deleteOidcPendingBefore(now.minus(PENDING_FOR));
            secrets.insertOidcPending(new OidcPendingRow(state.getValue(), provider.name(), nonce.getValue(),
                    verifier.getValue(), now));
        });
        return new Started(authorization, state.getValue());
    }

    /**
     * Completes a sign-in. {@code browserState} is the state remembered in the browser that started it: a callback
     * opened in another browser (a link an attacker sent, with their own code) is refused.
     */
    public SignIn.Tokens finish(String providerName, Callback callback, String browserState, String clientAddress,
                                String userAgent) {
        OidcProvider provider = provider(providerName);
        String actor = "anonymous@" + clientAddress;
        if (callback.state() == null || callback.state().length() > 64 || !callback.state().equals(browserState)) {
            throw refused(actor, provider, "the state does not match the browser's", "This sign-in was not started in this "
                    + "browser; start again.");
        }
        Optional<OidcPendingRow> pending = take(callback.state());
        if (pending.isEmpty() || !pending.get().provider().equals(provider.name())) {
            throw refused(actor, provider, "the state is unknown, used or expired", "This sign-in has been completed "
                    + "already or took too long; start again.");
        }
        if (callback.error() != null) {
            throw refused(actor, provider, "the provider answered " + callback.error(), "The provider did not sign you in ("
                    + callback.error() + (callback.errorDescription() == null ? "" : ": " + callback.errorDescription()) + ").");
        }
        if (callback.code() == null || callback.code().isBlank()) {
            throw refused(actor, provider, "no code", "The provider sent no authorization code; start again.");
        }
        IDTokenClaimsSet claims;
        try {
            claims = provider.redeem(new AuthorizationCode(callback.code()), new CodeVerifier(pending.get().codeVerifier()),
                    new Nonce(pending.get().nonce()));
        } catch (OidcProvider.UnavailableException e) {
            throw unavailable(e);
        } catch (OidcProvider.RefusedException e) {
            throw refused(actor, provider, e.getMessage(), "The provider's answer could not be trusted; start again.");
        }
        Boolean verified = claims.getBooleanClaim("email_verified");
        UUID account = accounts.externalAccount(provider.name(), claims.getSubject().getValue(),
                claims.getStringClaim("email"), provider.linkVerifiedEmail() && Boolean.TRUE.equals(verified));
        return signIn.external(account, provider.name(), clientAddress, userAgent);
    }

    /** The pending sign-in of {@code state}, removed so that it serves once; empty when unknown or expired. */
    private Optional<OidcPendingRow> take(String state) {
        return transactions.inTransaction(db -> {
            SecretsMapper secrets = db.getMapper(SecretsMapper.class);
            Optional<OidcPendingRow> row = secrets.oidcPending(state);
            if (row.isEmpty() || secrets.deleteOidcPending(state) != 1) {
                return Optional.empty();
            }
            return row.filter(found -> found.createdAt().isAfter(now().minus(PENDING_FOR)));
        });
    }

    private OidcProvider provider(String name) {
        OidcProvider provider = name == null ? null : providers.get(name);
        if (provider == null) {
            throw ProblemType.NOT_FOUND.exception("There is no sign-in provider '" + name + "'.");
        }
        return provider;
    }

    private ProblemException refused(String actor, OidcProvider provider, String why, String detail) {
        audit.record(actor, "auth.login.failed", "provider:" + provider.name(), why);
        return AuthProblems.EXTERNAL_FAILED.exception(detail);
    }

    private static ProblemException unavailable(OidcProvider.UnavailableException e) {
        LOG.warn("OIDC sign-in: {}", e.getMessage());
        return AuthProblems.PROVIDER_UNAVAILABLE.exception("The sign-in provider cannot be reached; try again later.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
