package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** Merchants' webhook endpoints, the messages due to them, and every delivery attempt. */
public interface WebhookMapper {

    /**
     * PostgreSQL: this transaction's commit does not wait for its WAL to reach the disk. For bookkeeping whose loss in
     * a crash only repeats work (a delivery sent again, a message added again when its event is redelivered).
     */
    void commitWithoutWaiting();

    void insertEndpoint(WebhookEndpointRow row);

    Optional<WebhookEndpointRow> endpoint(UUID id);

    /** The endpoints of a merchant that are not deleted, oldest first. */
    List<WebhookEndpointRow> endpointsOf(UUID merchantId);

    int countLive(UUID merchantId);

    void updateEndpointStatus(@Param("id") UUID id, @Param("status") String status, @Param("reason") String reason,
                              @Param("at") Instant at);

    void markFailing(@Param("id") UUID id, @Param("since") Instant since);

    void clearFailing(UUID id);

    /** Inserts the message unless the endpoint has one for this event already; 1 when inserted. */
    int insertMessageIfAbsent(WebhookMessageRow row);

    Optional<WebhookMessageRow> message(UUID id);

    /** Due messages, locked, skipping those another node holds. */
    List<WebhookMessageRow> claimDue(@Param("now") Instant now, @Param("limit") int limit);

    void reschedule(@Param("id") UUID id, @Param("at") Instant at);

    void recordOutcome(@Param("id") UUID id, @Param("status") String status, @Param("attempts") int attempts,
                       @Param("next") Instant next, @Param("deliveredAt") Instant deliveredAt);

    /** Gives up the pending messages of an endpoint (deleted or disabled). */
    int failPending(@Param("endpointId") UUID endpointId);

    List<WebhookMessageRow> messagesOf(@Param("endpointId") UUID endpointId, @Param("limit") int limit);

    void insertAttempt(WebhookAttemptRow row);

    List<WebhookAttemptRow> attemptsOf(@Param("messageIds") List<UUID> messageIds);
}
