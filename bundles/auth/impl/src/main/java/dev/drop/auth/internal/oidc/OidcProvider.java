package dev.drop.auth.internal.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured OIDC provider, as a relying party sees it: its discovery document (fetched when first needed and kept),
 * the authorization request with PKCE, and redeeming a code for an id_token validated against the provider's keys.
 */
@Component(service = OidcProvider.class, configurationPid = OidcProviderConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class OidcProvider {

    private static final Logger LOG = LoggerFactory.getLogger(OidcProvider.class);
    private static final Set<JWSAlgorithm> SYMMETRIC = Set.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512);

    /** The provider could not be reached or answered nonsense. */
    static final class UnavailableException extends Exception {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The provider answered, but the sign-in must not go on. */
    static final class RefusedException extends Exception {
        RefusedException(String message) {
            super(message);
        }
    }

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    private final String name;
    private final String displayName;
    private final Issuer issuer;
    private final ClientID clientId;
    private final Secret clientSecret;
    private final URI redirectUri;
    private final Scope scope;
    private final JWSAlgorithm algorithm;
    private final boolean linkVerifiedEmail;
    private final int timeoutMillis;
    private volatile Discovered discovered;

    @Activate
    public OidcProvider(OidcProviderConfig config) {
        this.name = required(config.name(), "name");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("OIDC provider name '" + name + "' must be lower-case letters, digits and dashes");
        }
        this.displayName = config.displayName().isBlank() ? name : config.displayName();
        this.issuer = new Issuer(required(config.issuer(), "issuer"));
        this.clientId = new ClientID(required(config.clientId(), "clientId"));
        this.clientSecret = config._clientSecret().isBlank() ? null : new Secret(config._clientSecret());
        this.redirectUri = URI.create(required(config.redirectUri(), "redirectUri"));
        Scope scopes = Scope.parse(config.scopes());
        scopes.add("openid");
        this.scope = scopes;
        this.algorithm = JWSAlgorithm.parse(config.idTokenAlgorithm());
        if (SYMMETRIC.contains(algorithm) || algorithm.getName().equals("none")) {
            throw new IllegalArgumentException("OIDC provider " + name + ": id tokens must be signed with an asymmetric algorithm");
        }
        this.linkVerifiedEmail = config.linkVerifiedEmail();
        this.timeoutMillis = config.timeoutMillis();
    }

    String name() {
        return name;
    }

    String displayName() {
        return displayName;
    }

    boolean linkVerifiedEmail() {
        return linkVerifiedEmail;
    }

    /** Where to send the browser to sign in; the code challenge is derived from {@code verifier}. */
    URI authorizationUri(State state, Nonce nonce, CodeVerifier verifier) throws UnavailableException {
        return new AuthenticationRequest.Builder(ResponseType.CODE, scope, clientId, redirectUri)
                .endpointURI(discovered().metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Exchanges a code for tokens and returns the claims of the validated id_token. */
    IDTokenClaimsSet redeem(AuthorizationCode code, CodeVerifier verifier, Nonce nonce)
            throws UnavailableException, RefusedException {
        Discovered provider = discovered();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, redirectUri, verifier);
        URI endpoint = provider.metadata().getTokenEndpointURI();
        TokenRequest request = (clientSecret == null ? new TokenRequest.Builder(endpoint, clientId, grant)
                : new TokenRequest.Builder(endpoint, new ClientSecretBasic(clientId, clientSecret), grant)).build();
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(timeoutMillis);
            http.setReadTimeout(timeoutMillis);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException e) {
            throw new UnavailableException("the token endpoint of " + name + " failed: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new RefusedException(name + " refused the code: " + error.getCode()
                    + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")"));
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new RefusedException(name + " returned no id_token");
        }
        try {
            return provider.validator().validate(idToken, nonce);
        } catch (BadJOSEException | JOSEException e) {
            throw new RefusedException("the id_token from " + name + " is not valid: " + e.getMessage());
        }
    }

    private Discovered discovered() throws UnavailableException {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                discovered = discover();
            }
            return discovered;
        }
    }

    private Discovered discover() throws UnavailableException {
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, timeoutMillis, timeoutMillis);
            if (metadata.getIDTokenJWSAlgs() != null && !metadata.getIDTokenJWSAlgs().contains(algorithm)) {
                throw new UnavailableException(name + " does not sign id tokens with " + algorithm + " but with "
                        + metadata.getIDTokenJWSAlgs(), null);
            }
            IDTokenValidator validator = new IDTokenValidator(issuer, clientId, algorithm, metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(timeoutMillis, timeoutMillis, 512 * 1024));
            LOG.info("OIDC provider {}: discovered {}", name, issuer);
            return new Discovered(metadata, validator);
        } catch (GeneralException | IOException | IllegalArgumentException e) {
            throw new UnavailableException("the discovery document of " + name + " (" + issuer + ") could not be read: "
                    + e.getMessage(), e);
        }
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("OIDC provider configuration lacks '" + key + "'");
        }
        return value.trim();
    }
}
