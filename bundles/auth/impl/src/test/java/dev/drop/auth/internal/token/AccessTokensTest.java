package dev.drop.auth.internal.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.drop.auth.internal.persistence.SigningKeyRow;
import dev.drop.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final TokenSettings SETTINGS = new TokenSettings("https://drop.example", "drop-api", Duration.ofMinutes(5),
            Duration.ofSeconds(30));
    private static final UUID USER = UUID.randomUUID();
    private static final UUID SESSION = UUID.randomUUID();

    private final List<SigningKeyRow> stored = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private SigningKeys keys;
    private AccessTokens tokens;

    @BeforeEach
    void keys() {
        keys = new SigningKeys(new SigningKeys.Store() {
            @Override
            public List<SigningKeyRow> all() {
                return List.copyOf(stored);
            }

            @Override
            public void add(SigningKeyRow key) {
                stored.add(key);
            }
        }, clock, SETTINGS);
        keys.load();
        tokens = new AccessTokens(keys, SETTINGS, clock);
    }

    @Test
    void anIssuedTokenVerifiesWithItsClaims() {
        String token = tokens.issue(USER, SESSION, Set.of(Role.CUSTOMER, Role.MERCHANT)).token();
        AccessTokens.Claims claims = tokens.verify(token);
        assertThat(claims.subject()).isEqualTo(USER);
        assertThat(claims.session()).isEqualTo(SESSION);
        assertThat(claims.roles()).containsExactlyInAnyOrder(Role.CUSTOMER, Role.MERCHANT);
        assertThat(claims.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.issue(USER, SESSION, Set.of(Role.CUSTOMER)).token();
        clock.advance(Duration.ofMinutes(5).plusSeconds(31));
        assertRefused(token, "Expired");
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = tokens.issue(USER, SESSION, Set.of(Role.CUSTOMER)).token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"CUSTOMER\"", "\"ADMIN\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertRefused(forged, "signature");
    }

    @Test
    void algNoneIsRefused() {
        String unsigned = new PlainJWT(claims().build()).serialize();
        assertThatThrownBy(() -> tokens.verify(unsigned)).isInstanceOf(TokenRejectedException.class);
    }

    @Test
    void anHmacTokenKeyedWithThePublicKeyIsRefused() throws Exception {
        byte[] publicKeyAsSecret = keys.published().toString().getBytes(StandardCharsets.UTF_8);
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(AccessTokens.TYPE)
                .keyID(keys.signingKey().getKeyID()).build(), claims().build());
        confused.sign(new MACSigner(publicKeyAsSecret));
        assertRefused(confused.serialize(), "");
    }

    @Test
    void anRsaTokenIsRefusedEvenWithAKnownKeyId() throws Exception {
        SignedJWT rsa = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(AccessTokens.TYPE)
                .keyID(keys.signingKey().getKeyID()).build(), claims().build());
        rsa.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        assertRefused(rsa.serialize(), "");
    }

    @Test
    void theWrongAudienceIssuerOrTypeIsRefused() throws Exception {
        assertRefused(signed(claims().audience("another-api"), AccessTokens.TYPE), "aud");
        assertRefused(signed(claims().issuer("https://evil.example"), AccessTokens.TYPE), "iss");
        assertRefused(signed(claims(), JOSEObjectType.JWT), "type");
    }

    @Test
    void aTokenWithoutTheClaimsDropReliesOnIsRefused() throws Exception {
        assertRefused(signed(claims().claim("sid", null), AccessTokens.TYPE), "sid");
    }

    @Test
    void afterRotationNewTokensUseTheNewKeyAndOldTokensStayValidUntilTheyExpire() {
        String before = tokens.issue(USER, SESSION, Set.of(Role.CUSTOMER)).token();
        clock.advance(Duration.ofSeconds(1));
        String newKid = keys.rotate();
        String after = tokens.issue(USER, SESSION, Set.of(Role.CUSTOMER)).token();
        assertThat(after).isNotEqualTo(before);
        assertThat(tokens.verify(before).subject()).isEqualTo(USER);
        assertThat(keys.published().getKeys()).hasSize(2);
        assertThat(keys.signingKey().getKeyID()).isEqualTo(newKid);

        clock.advance(Duration.ofMinutes(6));
        keys.load();
        assertThat(keys.published().getKeys()).hasSize(1);
        assertThat(tokens.verify(tokens.issue(USER, SESSION, Set.of()).token()).subject()).isEqualTo(USER);
    }

    @Test
    void garbageIsRefused() {
        assertRefused("not.a.jwt", "");
        assertRefused("eyJhbGciOiJFUzI1NiJ9", "");
    }

    private JWTClaimsSet.Builder claims() {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder().issuer(SETTINGS.issuer()).audience(SETTINGS.audience()).subject(USER.toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).jwtID(UUID.randomUUID().toString())
                .claim("sid", SESSION.toString()).claim("roles", List.of("ADMIN"));
    }

    private String signed(JWTClaimsSet.Builder claims, JOSEObjectType type) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(type).keyID(keys.signingKey().getKeyID())
                .build(), claims.build());
        jwt.sign(new ECDSASigner(keys.signingKey()));
        return jwt.serialize();
    }

    private void assertRefused(String token, String reasonPart) {
        assertThatThrownBy(() -> tokens.verify(token)).isInstanceOf(TokenRejectedException.class)
                .hasMessageContaining(reasonPart);
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
