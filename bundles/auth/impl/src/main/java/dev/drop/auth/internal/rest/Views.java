package dev.drop.auth.internal.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.drop.auth.UserAccount;
import dev.drop.auth.internal.persistence.SessionRow;
import dev.drop.auth.internal.session.SignIn;
import dev.drop.platform.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The JSON the auth routes answer with. */
final class Views {

    private Views() {
    }

    /** An OAuth 2.0 token response (RFC 6749 §5.1). */
    record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") long expiresIn, @JsonProperty("refresh_token") String refreshToken) {

        static TokenResponse of(SignIn.Tokens tokens) {
            return new TokenResponse(tokens.accessToken(), "Bearer", tokens.expiresIn(), tokens.refreshToken());
        }
    }

    record User(UUID id, String email, Set<Role> roles, boolean locked, Instant createdAt) {

        static User of(UserAccount account) {
            return new User(account.id(), account.email(), account.roles(), account.locked(), account.createdAt());
        }
    }

    record Me(UUID id, String email, Set<Role> roles, boolean mfa, Instant createdAt) {
    }

    record Session(UUID id, String method, Instant createdAt, Instant lastUsedAt, Instant expiresAt, String clientAddress,
                   String userAgent, boolean current) {

        static Session of(SessionRow row, UUID current) {
            return new Session(row.id(), row.authMethod(), row.createdAt(), row.lastUsedAt(), row.expiresAt(),
                    row.clientAddress(), row.userAgent(), row.id().equals(current));
        }
    }

    record Enrolment(String secret, String otpauthUri, String qrCode) {
    }

    record RecoveryCodes(List<String> recoveryCodes) {
    }

    record Users(List<User> items, String next) {
    }
}
