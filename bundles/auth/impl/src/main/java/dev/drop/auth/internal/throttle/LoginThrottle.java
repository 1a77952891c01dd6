package dev.drop.auth.internal.throttle;

import dev.drop.auth.internal.persistence.ThrottleMapper;
import dev.drop.auth.internal.persistence.ThrottleRow;
import dev.drop.auth.internal.token.RefreshTokens;
import dev.drop.platform.db.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Counts failed sign-ins per e-mail address (whether or not an account has it, so lockouts reveal nothing) and per
 * client address, in the database so every node sees the same counts.
 */
public final class LoginThrottle {

    private final Transactions transactions;
    private final LockoutPolicy perEmail;
    private final LockoutPolicy perAddress;
    private final Clock clock;

    public LoginThrottle(Transactions transactions, LockoutPolicy perEmail, LockoutPolicy perAddress, Clock clock) {
        this.transactions = transactions;
        this.perEmail = perEmail;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /**
     * What the counts say before a sign-in.
     *
     * @param lockedFor         how long sign-ins for this e-mail from this address must wait, if they must
     * @param emailHasFailures  whether failures of the e-mail address are on record (a success then forgets them)
     */
    public record Check(Optional<Duration> lockedFor, boolean emailHasFailures) {
    }

    public Check check(String email, String clientAddress) {
        Instant now = clock.instant();
        return transactions.query(session -> {
            ThrottleMapper throttle = session.getMapper(ThrottleMapper.class);
            Optional<ThrottleRow> emailRow = throttle.find(emailKey(email));
            Optional<Duration> byEmail = perEmail.remaining(emailRow, now);
            Optional<Duration> byAddress = perAddress.remaining(throttle.find(addressKey(clientAddress)), now);
            Optional<Duration> longer = byEmail.isPresent() && byAddress.isPresent()
                    ? Optional.of(byEmail.get().compareTo(byAddress.get()) > 0 ? byEmail.get() : byAddress.get())
                    : byEmail.isPresent() ? byEmail : byAddress;
            return new Check(longer, emailRow.isPresent());
        });
    }

    /** Records a failed sign-in; returns the lockout it caused, if any. */
    public Optional<Duration> failed(String email, String clientAddress) {
        Instant now = clock.instant();
        ThrottleRow byEmail = record(emailKey(email), perEmail, now);
        record(addressKey(clientAddress), perAddress, now);
        return Optional.ofNullable(byEmail.lockedUntil()).map(until -> Duration.between(now, until));
    }

    /** A successful sign-in forgets the e-mail's failures (not the address's: one success does not clear a botnet). */
    public void succeeded(String email) {
        transactions.run(session -> session.getMapper(ThrottleMapper.class).delete(emailKey(email)));
    }

    private ThrottleRow record(String key, LockoutPolicy policy, Instant now) {
        try {
            return update(key, policy, now);
        } catch (PersistenceException concurrentFirstFailure) {
            return update(key, policy, now);
        }
    }

    private ThrottleRow update(String key, LockoutPolicy policy, Instant now) {
        return transactions.inTransaction(session -> {
            ThrottleMapper throttle = session.getMapper(ThrottleMapper.class);
            Optional<ThrottleRow> current = throttle.lock(key);
            ThrottleRow next = policy.afterFailure(key, current, now);
            if (current.isEmpty()) {
                throttle.insert(next);
            } else {
                throttle.update(next);
            }
            return next;
        });
    }

    private static String emailKey(String email) {
        return "email:" + RefreshTokens.hash(email.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String clientAddress) {
        return "address:" + (clientAddress == null ? "unknown" : clientAddress);
    }
}
