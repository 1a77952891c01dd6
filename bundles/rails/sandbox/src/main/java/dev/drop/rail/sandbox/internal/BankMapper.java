package dev.drop.rail.sandbox.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL of the sandbox bank; see BankMapper.xml. */
public interface BankMapper {

    Optional<PaymentRow> lockPayment(UUID reference);

    void insertPayment(PaymentRow row);

    void updatePayment(@Param("reference") UUID reference, @Param("status") String status, @Param("reason") String reason,
                       @Param("at") Instant at);

    void insertCallback(CallbackRow row);

    /** Callbacks due, locked; another node skips them. */
    List<CallbackRow> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** Moves a callback's due time on: the lease of the node sending it, or the wait before the next attempt. */
    void reschedule(@Param("id") String id, @Param("dueAt") Instant dueAt, @Param("attempts") int attempts,
                    @Param("error") String error);

    void delivered(@Param("id") String id, @Param("at") Instant at);

    Optional<String> setting(String name);

    void insertSetting(@Param("name") String name, @Param("value") String value);
}
