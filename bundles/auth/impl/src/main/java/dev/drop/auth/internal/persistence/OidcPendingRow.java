package dev.drop.auth.internal.persistence;

import java.time.Instant;

/** A row of {@code auth.oidc_pending}: an OIDC sign-in waiting for the provider's callback. */
public record OidcPendingRow(String state, String provider, String nonce, String codeVerifier, Instant createdAt) {
}
