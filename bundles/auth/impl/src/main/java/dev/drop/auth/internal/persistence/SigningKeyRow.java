package dev.drop.auth.internal.persistence;

import java.time.Instant;

/** A row of {@code auth.signing_key}: a key pair as JWKs. */
public record SigningKeyRow(String kid, String algorithm, String privateJwk, String publicJwk, Instant createdAt) {
}
