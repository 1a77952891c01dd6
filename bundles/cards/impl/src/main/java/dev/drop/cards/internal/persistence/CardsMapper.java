package dev.drop.cards.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The cards schema's SQL (in {@code CardsMapper.xml}). */
public interface CardsMapper {

    void insertCard(CardRow row);

    Optional<CardRow> card(@Param("id") UUID id);

    Optional<CardRow> lockCard(@Param("id") UUID id);

    Optional<CardRow> cardByHash(@Param("panHash") String panHash);

    Optional<CardRow> lockCardByHash(@Param("panHash") String panHash);

    List<CardRow> cardsOf(@Param("userId") UUID userId);

    int countCardsOf(@Param("userId") UUID userId);

    int updateCard(@Param("id") UUID id, @Param("status") String status, @Param("nickname") String nickname,
                   @Param("controls") String controls, @Param("updatedAt") Instant updatedAt, @Param("version") long version);

    List<CardRow> cardsNotUnder(@Param("keyId") String keyId, @Param("limit") int limit);

    int updateCipher(@Param("id") UUID id, @Param("panCipher") String panCipher, @Param("panKeyId") String panKeyId,
                     @Param("oldKeyId") String oldKeyId);

    void insertAuthorization(AuthorizationRow row);

    Optional<AuthorizationRow> authorization(@Param("id") UUID id);

    Optional<AuthorizationRow> lockAuthorization(@Param("id") UUID id);

    List<AuthorizationRow> authorizationsOf(@Param("cardId") UUID cardId, @Param("limit") int limit);

    List<AuthorizationRow> approvedAuthorizations(@Param("after") UUID after, @Param("limit") int limit);

    /** What the card's approved, unreversed authorizations since then hold or held, in the wallet's currency. */
    long heldSince(@Param("cardId") UUID cardId, @Param("since") Instant since);

    /** Writes the row's status and running totals over the version it was read at; 0 when another step came first. */
    int updateAuthorization(AuthorizationRow row);

    void insertStep(StepRow row);

    List<StepRow> stepsOf(@Param("authorizationId") UUID authorizationId);

    void insertRevealAttempt(@Param("userId") UUID userId, @Param("attemptedAt") Instant attemptedAt,
                             @Param("succeeded") boolean succeeded);

    int failedRevealsSince(@Param("userId") UUID userId, @Param("since") Instant since);
}
