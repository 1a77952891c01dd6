package dev.drop.auth.internal.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drop.auth.internal.TestAccounts;
import dev.drop.auth.internal.TestSettings;
import dev.drop.auth.internal.persistence.AuthStore;
import dev.drop.auth.internal.session.Sessions;
import dev.drop.platform.audit.AuditEntry;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.audit.AuditVerification;
import dev.drop.platform.db.internal.InMemoryDatabase;
import dev.drop.platform.security.InvalidTokenException;
import dev.drop.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verifier remembers tokens it has checked; what it remembers must never let a changed token through. */
class AccessTokenVerifierTest {

    /** Key rotations are audited; these tests rotate nothing. */
    private static final class NoAudit implements AuditLog {
        @Override
        public AuditEntry record(String actor, String action, String target, String detail) {
            throw new AssertionError("nothing here is audited: " + action);
        }

        @Override
        public List<AuditEntry> tail(int count) {
            return List.of();
        }

        @Override
        public AuditVerification verify() {
            throw new AssertionError("these tests never verify the audit chain");
        }
    }

    private Sessions sessions;
    private TokenIssuer issuer;
    private AccessTokenVerifier verifier;
    private UUID account;

    @BeforeEach
    void signedUp() {
        AuthStore store = new AuthStore(new InMemoryDatabase());
        sessions = new Sessions(TestSettings.auth(Map.of()), store);
        issuer = new TokenIssuer(TestSettings.auth(Map.of()), store, new NoAudit());
        verifier = new AccessTokenVerifier(issuer, sessions);
        account = TestAccounts.insert(store, "ada@example.com");
    }

    @AfterEach
    void stop() {
        sessions.stop();
    }

    private String token() {
        UUID session = sessions.open(account, "password", "127.0.0.1", "test").session().id();
        return issuer.issue(account, session, Set.of(Role.CUSTOMER)).token();
    }

    private static String withClaims(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(from, to);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    @Test
    void aRememberedTokenIsServedAgain() {
        String token = token();

        assertThat(verifier.verify(token).roles()).containsExactly(Role.CUSTOMER);
        assertThat(verifier.verify(token).subject()).isEqualTo(account.toString());
    }

    @Test
    void claimsChangedUnderARememberedSignatureAreRefused() {
        String token = token();
        verifier.verify(token);
        String forged = withClaims(token, "\"CUSTOMER\"", "\"ADMIN\"");
        assertThat(forged).isNotEqualTo(token).endsWith(token.substring(token.lastIndexOf('.')));

        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidTokenException.class);
        assertThat(verifier.verify(token).roles()).as("the genuine token still works").containsExactly(Role.CUSTOMER);
    }

    @Test
    void aRememberedTokenOfAnEndedSessionIsRefused() {
        String token = token();
        verifier.verify(token);

        sessions.revokeAll(account, null, "signed out everywhere");

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
    }
}
