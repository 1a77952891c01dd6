package dev.drop.platform.security;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns the bearer credentials of a request into a {@link Caller}. The auth module provides the verifier of its access
 * tokens; other modules may add verifiers for credentials of their own (a merchant's API keys). The REST layer asks
 * the verifier that {@linkplain #recognizes recognizes} the credentials; when none does, protected routes fail closed.
 */
@ConsumerType
public interface TokenVerifier {

    /** Whether the credentials have the shape this verifier handles; cheap, without I/O. */
    boolean recognizes(String bearerToken);

    /**
     * The caller the credentials stand for.
     *
     * @throws InvalidTokenException when they are expired, revoked, forged or otherwise unacceptable
     */
    Caller verify(String bearerToken);
}
