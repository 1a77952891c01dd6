package dev.drop.auth.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the auth module, in {@code etc/dev.drop.auth.cfg}; the defaults follow OWASP ASVS level 2. */
@ObjectClassDefinition(name = "Drop auth", description = "Accounts, sign-in, tokens and sessions")
public @interface AuthConfig {

    String PID = "dev.drop.auth";

    @AttributeDefinition(description = "The iss of access tokens: this platform's public base URL.")
    String issuer() default "http://localhost:8181";

    @AttributeDefinition(description = "The aud of access tokens.")
    String audience() default "drop-api";

    @AttributeDefinition(description = "Seconds an access token is valid.")
    int accessTokenSeconds() default 300;

    @AttributeDefinition(description = "Minutes a session may go unused before its refresh token stops working.")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(description = "Hours after sign-in when a session ends, however active.")
    int sessionAbsoluteHours() default 12;

    @AttributeDefinition(description = "Argon2id memory in KiB (OWASP: 19456).")
    int argon2MemoryKib() default 19456;

    @AttributeDefinition(description = "Argon2id iterations (OWASP: 2).")
    int argon2Iterations() default 2;

    @AttributeDefinition(description = "Password hashes computed at once; 0 means one per processor.")
    int hashingConcurrency() default 0;

    @AttributeDefinition(description = "Failed sign-ins for one e-mail address before it is locked out for a while.")
    int emailFreeFailures() default 5;

    @AttributeDefinition(description = "Failed sign-ins from one client address before it is locked out for a while.")
    int addressFreeFailures() default 20;

    @AttributeDefinition(description = "Seconds of the first lockout; each further failure doubles it.")
    int lockoutFirstSeconds() default 60;

    @AttributeDefinition(description = "Longest lockout, in seconds.")
    int lockoutLongestSeconds() default 900;

    @AttributeDefinition(description = "Hours without a failure after which earlier failures are forgotten.")
    int lockoutForgetHours() default 12;

    @AttributeDefinition(description = "Issuer name shown in authenticator apps for TOTP.")
    String totpIssuer() default "Drop";
}
