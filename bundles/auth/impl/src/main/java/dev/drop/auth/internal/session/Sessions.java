package dev.drop.auth.internal.session;

import dev.drop.auth.internal.AuthConfig;
import dev.drop.auth.internal.persistence.AuthStore;
import dev.drop.auth.internal.persistence.RefreshTokenRow;
import dev.drop.auth.internal.persistence.SessionMapper;
import dev.drop.auth.internal.persistence.SessionRow;
import dev.drop.auth.internal.token.RefreshTokens;
import dev.drop.platform.db.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Sign-in sessions and their refresh tokens. Every refresh rotates the token; presenting a token that was already
 * used means it leaked, so the whole session is revoked. A session ends after an idle period or at its absolute
 * lifetime, whichever comes first. Revocations reach access-token verification at once on this node and within
 * seconds on the others.
 */
@Component(service = Sessions.class, configurationPid = AuthConfig.PID)
public final class Sessions {

    /** What a refresh came to. */
    public sealed interface Rotation {
    }

    /** The token was good: here is its successor. */
    public record Rotated(SessionRow session, String refreshToken) implements Rotation {
    }

    /** The token had been used before: the session is now revoked. */
    public record Replayed(SessionRow session) implements Rotation {
    }

    /** Unknown token, or its session is revoked or timed out. */
    public record Refused(String reason) implements Rotation {
    }

    /** A session just opened and its first refresh token. */
    public record Opened(SessionRow session, String refreshToken) {
    }

    private final Transactions transactions;
    private final RefreshTokens refreshTokens = new RefreshTokens();
    private final RevokedSessions revoked;
    private final Duration idle;
    private final Duration absolute;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Sessions(AuthConfig config, @Reference AuthStore store) {
        this.transactions = store.transactions();
        this.idle = Duration.ofMinutes(config.sessionIdleMinutes());
        this.absolute = Duration.ofHours(config.sessionAbsoluteHours());
        this.revoked = new RevokedSessions(transactions, Duration.ofSeconds(config.accessTokenSeconds()).plusMinutes(1));
        revoked.start();
    }

    @Deactivate
    public void stop() {
        revoked.stop();
    }

    public Opened open(UUID account, String method, String clientAddress, String userAgent) {
        Instant now = now();
        SessionRow session = new SessionRow(UUID.randomUUID(), account, method, now, now, now.plus(absolute), null, null,
                clientAddress, truncate(userAgent, 255));
        String refresh = refreshTokens.generate();
        transactions.run(db -> {
            SessionMapper sessions = db.getMapper(SessionMapper.class);
            sessions.insert(session);
            sessions.insertRefreshToken(new RefreshTokenRow(RefreshTokens.hash(refresh), session.id(), now, null));
        });
        return new Opened(session, refresh);
    }

    public Rotation rotate(String refreshToken) {
        Instant now = now();
        String hash = RefreshTokens.hash(refreshToken);
        Rotation rotation = transactions.inTransaction(db -> {
            SessionMapper sessions = db.getMapper(SessionMapper.class);
            Optional<RefreshTokenRow> token = sessions.findRefreshToken(hash);
            if (token.isEmpty()) {
                return new Refused("The refresh token is not known.");
            }
            SessionRow session = sessions.find(token.get().sessionId()).orElseThrow();
            if (session.revokedAt() != null) {
                return new Refused("The session was ended.");
            }
            if (sessions.useRefreshToken(hash, now) == 0) {
                sessions.revoke(session.id(), "refresh token replayed", now);
                return new Replayed(session);
            }
            if (!now.isBefore(session.expiresAt()) || !now.isBefore(session.lastUsedAt().plus(idle))) {
                sessions.revoke(session.id(), "timed out", now);
                return new Refused("The session timed out; sign in again.");
            }
            String next = refreshTokens.generate();
            sessions.insertRefreshToken(new RefreshTokenRow(RefreshTokens.hash(next), session.id(), now, null));
            sessions.touch(session.id(), now);
            return new Rotated(session, next);
        });
        if (rotation instanceof Replayed replayed) {
            revoked.add(replayed.session().id());
        }
        return rotation;
    }

    public Optional<SessionRow> find(UUID id) {
        return transactions.read(db -> db.getMapper(SessionMapper.class).find(id));
    }

    public List<SessionRow> active(UUID account) {
        return transactions.read(db -> db.getMapper(SessionMapper.class).active(account, now()));
    }

    /** Ends one session; false if it was not live. */
    public boolean revoke(UUID session, String reason) {
        boolean ended = transactions.inTransaction(db -> db.getMapper(SessionMapper.class).revoke(session, reason, now()) > 0);
        if (ended) {
            revoked.add(session);
        }
        return ended;
    }

    /** Ends every live session of the account but {@code keep} (null: all of them). */
    public void revokeAll(UUID account, UUID keep, String reason) {
        Instant now = now();
        List<UUID> ended = transactions.inTransaction(db -> {
            SessionMapper sessions = db.getMapper(SessionMapper.class);
            List<UUID> live = sessions.active(account, now).stream().map(SessionRow::id).filter(id -> !id.equals(keep)).toList();
            sessions.revokeAll(account, keep, reason, now);
            return live;
        });
        ended.forEach(revoked::add);
    }

    public boolean isRevoked(UUID session) {
        return revoked.contains(session);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
