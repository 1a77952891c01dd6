package dev.drop.auth.internal.session;

import dev.drop.platform.problem.ProblemType;

/** The problem types of signing in. */
public final class AuthProblems {

    /** Wrong e-mail, wrong password or locked account: deliberately one answer for all three. */
    public static final ProblemType INVALID_CREDENTIALS = ProblemType.of("invalid-credentials", "Sign-in failed", 401);
    public static final ProblemType MFA_REQUIRED = ProblemType.of("mfa-required", "Second factor required", 401);
    public static final ProblemType INVALID_REFRESH = ProblemType.of("invalid-refresh-token", "Refresh refused", 401);
    public static final ProblemType THROTTLED = ProblemType.of("sign-in-throttled", "Too many failed sign-ins", 429);
    /** A sign-in through an OIDC provider that cannot be completed: refused, expired, forged or replayed. */
    public static final ProblemType EXTERNAL_FAILED = ProblemType.of("external-sign-in-failed", "Sign-in through the provider failed", 401);
    public static final ProblemType EXTERNAL_INCOMPLETE = ProblemType.of("external-account-incomplete",
            "The provider did not share a usable e-mail address", 422);
    public static final ProblemType PROVIDER_UNAVAILABLE = ProblemType.of("identity-provider-unavailable",
            "The identity provider cannot be reached", 502);

    private AuthProblems() {
    }
}
