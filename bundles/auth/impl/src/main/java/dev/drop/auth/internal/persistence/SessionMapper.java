package dev.drop.auth.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL of {@code auth.user_session} and {@code auth.refresh_token}; see SessionMapper.xml. */
public interface SessionMapper {

    void insert(SessionRow session);

    Optional<SessionRow> find(UUID id);

    /** The account's sessions neither revoked nor expired, newest first. */
    List<SessionRow> active(@Param("accountId") UUID accountId, @Param("now") Instant now);

    int touch(@Param("id") UUID id, @Param("at") Instant at);

    int revoke(@Param("id") UUID id, @Param("reason") String reason, @Param("at") Instant at);

    /** Revokes every live session of the account except {@code keep} (may be null). */
    int revokeAll(@Param("accountId") UUID accountId, @Param("keep") UUID keep, @Param("reason") String reason,
                  @Param("at") Instant at);

    List<UUID> revokedSince(Instant since);

    void insertRefreshToken(RefreshTokenRow token);

    Optional<RefreshTokenRow> findRefreshToken(String tokenHash);

    /** Marks the token used if it was not; 0 means someone used it already. */
    int useRefreshToken(@Param("tokenHash") String tokenHash, @Param("at") Instant at);

    int deleteExpired(Instant before);
}
