package dev.drop.auth.internal.session;

import dev.drop.platform.problem.ProblemType;

/** The problem types of signing in. */
public final class AuthProblems {

    /** Wrong e-mail, wrong password or locked account: deliberately one answer for all three. */
    public static final ProblemType INVALID_CREDENTIALS = ProblemType.of("invalid-credentials", "Sign-in failed", 401);
    public static final ProblemType MFA_REQUIRED = ProblemType.of("mfa-required", "Second factor required", 401);
    public static final ProblemType INVALID_REFRESH = ProblemType.of("invalid-refresh-token", "Refresh refused", 401);
    public static final ProblemType THROTTLED = ProblemType.of("sign-in-throttled", "Too many failed sign-ins", 429);

    private AuthProblems() {
    }
}
