package dev.drop.platform.core.internal.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL of the outbox; see OutboxMapper.xml. */
public interface OutboxMapper {

    void insertEvent(NewEvent event);

    List<SubscriptionRow> subscriptions();

    int updateSubscription(SubscriptionRow row);

    void insertSubscription(SubscriptionRow row);

    void insertDelivery(DeliveryRow row);

    /**
     * Locks the deliveries due for a subscriber, oldest first, at most one per aggregate: a later event waits while
     * an earlier one of the same aggregate is still owed. Rows another node has locked are skipped.
     */
    List<DeliveryRow> lockDue(@Param("subscriber") String subscriber, @Param("now") Instant now, @Param("limit") int limit);

    List<EventRow> events(@Param("seqs") List<Long> seqs);

    void delivered(@Param("subscriber") String subscriber, @Param("seq") long seq);

    void retryLater(DeliveryRow row);

    /** Removes events older than {@code before} that nobody is owed any more. */
    int deleteSettled(@Param("before") Instant before);

    /** The deliveries still owed, per subscriber. */
    List<BacklogRow> backlog();
}
