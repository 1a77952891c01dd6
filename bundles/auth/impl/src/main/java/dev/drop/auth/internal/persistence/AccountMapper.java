package dev.drop.auth.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL of {@code auth.account}, its roles and external identities; see AccountMapper.xml. */
public interface AccountMapper {

    void insert(AccountRow account);

    Optional<AccountRow> find(UUID id);

    Optional<AccountRow> findByEmail(String email);

    Optional<AccountRow> findByExternalIdentity(@Param("provider") String provider, @Param("subject") String subject);

    /** Accounts by e-mail address after {@code afterEmail} (null: from the start). */
    List<AccountRow> page(@Param("afterEmail") String afterEmail, @Param("limit") int limit);

    int updatePassword(@Param("id") UUID id, @Param("passwordHash") String passwordHash,
                       @Param("changedAt") java.time.Instant changedAt);

    int updateLock(@Param("id") UUID id, @Param("locked") boolean locked, @Param("reason") String reason);

    List<String> roles(UUID id);

    void addRole(@Param("id") UUID id, @Param("role") String role);

    int removeRole(@Param("id") UUID id, @Param("role") String role);

    void linkExternalIdentity(@Param("provider") String provider, @Param("subject") String subject,
                              @Param("accountId") UUID accountId, @Param("linkedAt") java.time.Instant linkedAt);
}
