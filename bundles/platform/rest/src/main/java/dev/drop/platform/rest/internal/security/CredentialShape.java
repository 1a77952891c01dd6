package dev.drop.platform.rest.internal.security;

import java.util.regex.Pattern;

/**
 * What bearer credentials that no verifier present recognises look like. An access token (a JWT: three base64url parts,
 * the first a JSON object) is the platform's sign-in, so while its verifier is away sign-in is unavailable (503);
 * anything else is refused like bad credentials (401), since no running module takes it.
 */
enum CredentialShape {
    ACCESS_TOKEN,
    OTHER;

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    static CredentialShape of(String token) {
        return JWT.matcher(token).matches() ? ACCESS_TOKEN : OTHER;
    }
}
