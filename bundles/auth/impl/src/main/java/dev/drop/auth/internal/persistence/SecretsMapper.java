package dev.drop.auth.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL of signing keys, TOTP secrets, recovery codes and pending OIDC sign-ins; see SecretsMapper.xml. */
public interface SecretsMapper {

    List<SigningKeyRow> signingKeys();

    void insertSigningKey(SigningKeyRow key);

    Optional<TotpRow> totp(UUID accountId);

    void deleteTotp(UUID accountId);

    void insertTotp(TotpRow totp);

    int confirmTotp(@Param("accountId") UUID accountId, @Param("at") Instant at, @Param("step") long step);

    /** Records a used time step; 0 when this or a later step was used already (a replayed code). */
    int useTotpStep(@Param("accountId") UUID accountId, @Param("step") long step);

    void deleteRecoveryCodes(UUID accountId);

    void insertRecoveryCode(@Param("accountId") UUID accountId, @Param("codeHash") String codeHash);

    int useRecoveryCode(@Param("accountId") UUID accountId, @Param("codeHash") String codeHash, @Param("at") Instant at);

    int unusedRecoveryCodes(UUID accountId);

    void insertOidcPending(OidcPendingRow pending);

    Optional<OidcPendingRow> oidcPending(String state);

    int deleteOidcPending(String state);

    int deleteOidcPendingBefore(Instant before);
}
