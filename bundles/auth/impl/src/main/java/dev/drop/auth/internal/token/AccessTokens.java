package dev.drop.auth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.drop.platform.security.Role;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and verifies access tokens: JWTs of type {@code at+jwt} (RFC 9068) signed with ES256. Verification accepts
 * ES256 only — {@code none}, HMAC and RSA tokens are refused whatever their header says — and checks the type, the
 * issuer, the audience, the lifetime and that every claim Drop relies on is there.
 */
public final class AccessTokens {

    public static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    private static final Set<String> REQUIRED = Set.of("iss", "aud", "sub", "exp", "iat", "jti", "sid", "roles");

    private final SigningKeys keys;
    private final TokenSettings settings;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /** A verified token's content. */
    public record Claims(UUID subject, UUID session, Set<Role> roles, Instant expiresAt) {
    }

    /** A token just issued and when it expires. */
    public record Issued(String token, Instant expiresAt) {
    }

    public AccessTokens(SigningKeys keys, TokenSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        JWKSource<SecurityContext> published = (selector, context) -> selector.select(keys.published());
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(TYPE));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, published));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(settings.audience(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), REQUIRED) {
            @Override
            protected Date currentTime() {
                return Date.from(AccessTokens.this.clock.instant());
            }
        };
        claims.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    public Issued issue(UUID subject, UUID session, Set<Role> roles) {
        Instant now = clock.instant();
        Instant expires = now.plus(settings.lifetime());
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(settings.issuer()).audience(settings.audience())
                .subject(subject.toString()).issueTime(Date.from(now)).expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString()).claim("sid", session.toString())
                .claim("roles", roles.stream().map(Enum::name).sorted().toList()).build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).keyID(keys.signingKey().getKeyID()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new ECDSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("the access token could not be signed", e);
        }
        return new Issued(jwt.serialize(), expires);
    }

    /**
     * @throws TokenRejectedException with a reason the client may see
     */
    public Claims verify(String token) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new TokenRejectedException("The access token is not a well-formed JWT.");
        } catch (BadJOSEException e) {
            throw new TokenRejectedException("The access token is not acceptable: " + e.getMessage());
        } catch (JOSEException e) {
            throw new TokenRejectedException("The access token could not be verified.");
        }
        try {
            return new Claims(UUID.fromString(claims.getSubject()), UUID.fromString(claims.getStringClaim("sid")),
                    roles(claims.getStringListClaim("roles")), claims.getExpirationTime().toInstant());
        } catch (ParseException | IllegalArgumentException e) {
            throw new TokenRejectedException("The access token's claims are malformed.");
        }
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
