package dev.drop.auth.internal.token;

import java.time.Duration;

/**
 * What access tokens say and how long they live.
 *
 * @param issuer    {@code iss}: this platform's public URL
 * @param audience  {@code aud}: the API the tokens are for
 * @param lifetime  from issue to {@code exp}; revocation takes effect at once on every node anyway
 * @param clockSkew tolerance for the clocks of other nodes
 */
public record TokenSettings(String issuer, String audience, Duration lifetime, Duration clockSkew) {
}
