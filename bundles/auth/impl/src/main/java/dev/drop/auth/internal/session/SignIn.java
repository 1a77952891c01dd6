package dev.drop.auth.internal.session;

import dev.drop.auth.internal.AuthConfig;
import dev.drop.auth.internal.account.Accounts;
import dev.drop.auth.internal.account.Emails;
import dev.drop.auth.internal.mfa.SecondFactor;
import dev.drop.auth.internal.password.Passwords;
import dev.drop.auth.internal.persistence.AccountRow;
import dev.drop.auth.internal.persistence.AuthStore;
import dev.drop.auth.internal.throttle.LockoutPolicy;
import dev.drop.auth.internal.throttle.LoginThrottle;
import dev.drop.auth.internal.token.AccessTokens;
import dev.drop.auth.internal.token.TokenIssuer;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Signing in and staying signed in. A wrong e-mail address, a wrong password and a locked account get the same answer
 * after the same work (a password hash is checked in every case); repeated failures lock the e-mail address and the
 * client address out for growing periods. Every outcome is audited.
 */
@Component(service = SignIn.class, configurationPid = AuthConfig.PID)
public final class SignIn {

    /** What a client gets after signing in or refreshing. */
    public record Tokens(String accessToken, long expiresIn, String refreshToken, UUID session) {
    }

    private static final int LONGEST_PASSWORD_CHECKED = 1024;
    private static final String PASSWORD = "password";
    private static final String OIDC = "oidc";

    private final Accounts accounts;
    private final Passwords passwords;
    private final Sessions sessions;
    private final SecondFactor secondFactor;
    private final TokenIssuer tokens;
    private final AuditLog audit;
    private final SignInMetrics metrics;
    private final LoginThrottle throttle;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public SignIn(AuthConfig config, @Reference AuthStore store, @Reference Accounts accounts, @Reference Passwords passwords,
                  @Reference Sessions sessions, @Reference SecondFactor secondFactor, @Reference TokenIssuer tokens,
                  @Reference AuditLog audit, @Reference SignInMetrics metrics) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
        this.audit = audit;
        this.metrics = metrics;
        Duration first = Duration.ofSeconds(config.lockoutFirstSeconds());
        Duration longest = Duration.ofSeconds(config.lockoutLongestSeconds());
        Duration forget = Duration.ofHours(config.lockoutForgetHours());
        this.throttle = new LoginThrottle(store.transactions(), new LockoutPolicy(config.emailFreeFailures(), first, longest, forget),
                new LockoutPolicy(config.addressFreeFailures(), first, longest, forget), clock);
    }

    public Tokens withPassword(String email, String password, String totpCode, String recoveryCode, String clientAddress,
                               String userAgent) {
        String normalized = Emails.normalize(email);
        LoginThrottle.Check counts = throttle.check(normalized, clientAddress);
        if (counts.lockedFor().isPresent()) {
            metrics.signIn(PASSWORD, SignInMetrics.Outcome.THROTTLED);
            throw throttled(counts.lockedFor().get());
        }
        Optional<AccountRow> account = normalized.isEmpty() ? Optional.empty() : accounts.rowByEmail(normalized);
        String candidate = password == null || password.length() > LONGEST_PASSWORD_CHECKED ? "" : password;
        boolean matches = passwords.matches(candidate, account.map(AccountRow::passwordHash).orElse(null));
        if (!matches || account.get().locked()) {
            throw failed(normalized, clientAddress, account, matches ? "account locked" : "wrong e-mail or password");
        }
        UUID id = account.get().id();
        if (secondFactor.enrolled(id)) {
            if (totpCode == null && recoveryCode == null) {
                throw AuthProblems.MFA_REQUIRED.exception("This account uses a second factor: send 'totp' (the code of the "
                        + "authenticator app) or a 'recoveryCode' with the password.");
            }
            if (!secondFactor.accept(id, totpCode, recoveryCode)) {
                throw failed(normalized, clientAddress, account, "wrong second factor");
            }
        }
        if (counts.emailHasFailures()) {
            throttle.succeeded(normalized);
        }
        accounts.rehashIfNeeded(account.get(), candidate);
        Tokens issued = open(id, "password", clientAddress, userAgent);
        audit.record("user:" + id, "auth.login", "user:" + id, "signed in with password from " + clientAddress);
        metrics.signIn(PASSWORD, SignInMetrics.Outcome.OK);
        return issued;
    }

    /** Signs in someone an OIDC provider vouched for. */
    public Tokens external(UUID account, String provider, String clientAddress, String userAgent) {
        if (accounts.row(account).locked()) {
            audit.record("user:" + account, "auth.login.failed", "user:" + account, "account locked; via " + provider);
            metrics.signIn(OIDC, SignInMetrics.Outcome.FAILED);
            throw AuthProblems.INVALID_CREDENTIALS.exception("The account is locked; contact support.");
        }
        Tokens issued = open(account, "oidc:" + provider, clientAddress, userAgent);
        audit.record("user:" + account, "auth.login", "user:" + account, "signed in through " + provider + " from " + clientAddress);
        metrics.signIn(OIDC, SignInMetrics.Outcome.OK);
        return issued;
    }

    public Tokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            throw AuthProblems.INVALID_REFRESH.exception("The refresh token is missing or malformed.");
        }
        Sessions.Rotation rotation = sessions.rotate(refreshToken);
        if (rotation instanceof Sessions.Replayed replayed) {
            UUID account = replayed.session().accountId();
            metrics.refreshReplayed();
            audit.record("user:" + account, "auth.refresh.replay", "session:" + replayed.session().id(),
                    "a used refresh token was presented again; the session and all its tokens are revoked");
            throw AuthProblems.INVALID_REFRESH.exception("This refresh token was used before. As it may have been stolen, "
                    + "the session has been ended; sign in again.");
        }
        if (rotation instanceof Sessions.Refused refused) {
            throw AuthProblems.INVALID_REFRESH.exception(refused.reason());
        }
        Sessions.Rotated rotated = (Sessions.Rotated) rotation;
        UUID account = rotated.session().accountId();
        if (accounts.row(account).locked()) {
            sessions.revoke(rotated.session().id(), "account locked");
            throw AuthProblems.INVALID_REFRESH.exception("The session was ended.");
        }
        AccessTokens.Issued access = tokens.issue(account, rotated.session().id(), accounts.roles(account));
        return new Tokens(access.token(), seconds(access.expiresAt()), rotated.refreshToken(), rotated.session().id());
    }

    public void logout(UUID account, UUID session) {
        sessions.revoke(session, "signed out");
        audit.record("user:" + account, "auth.logout", "session:" + session, "signed out");
    }

    private Tokens open(UUID account, String method, String clientAddress, String userAgent) {
        Sessions.Opened opened = sessions.open(account, method, clientAddress, userAgent);
        Set<Role> roles = accounts.roles(account);
        AccessTokens.Issued access = tokens.issue(account, opened.session().id(), roles);
        return new Tokens(access.token(), seconds(access.expiresAt()), opened.refreshToken(), opened.session().id());
    }

    private ProblemException failed(String email, String clientAddress, Optional<AccountRow> account, String why) {
        Optional<Duration> lockout = throttle.failed(email, clientAddress);
        String target = account.map(row -> "user:" + row.id()).orElse("email:unknown");
        audit.record("anonymous@" + clientAddress, "auth.login.failed", target, why);
        metrics.signIn(PASSWORD, SignInMetrics.Outcome.FAILED);
        if (lockout.isPresent()) {
            metrics.lockout();
            audit.record("anonymous@" + clientAddress, "auth.lockout", target, "sign-ins refused for "
                    + lockout.get().toSeconds() + " s after repeated failures");
        }
        return AuthProblems.INVALID_CREDENTIALS.exception("The e-mail address or password is wrong, or the account cannot "
                + "sign in.");
    }

    private static ProblemException throttled(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return new ProblemException(AuthProblems.THROTTLED.problem("Too many failed sign-ins; try again in " + seconds
                + " s."), Map.of("Retry-After", String.valueOf(seconds)));
    }

    private long seconds(Instant expiresAt) {
        return Math.max(0, Duration.between(clock.instant(), expiresAt).toSeconds());
    }
}
