package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** Payment requests, payments, refunds and the merchants' payment profiles. */
public interface PaymentMapper {

    Optional<PaymentProfileRow> profile(UUID merchantId);

    void insertProfile(PaymentProfileRow row);

    int updateProfile(PaymentProfileRow row);

    void insertRequest(PaymentRequestRow row);

    Optional<PaymentRequestRow> request(UUID id);

    void insertLine(RequestLineRow row);

    List<RequestLineRow> linesOf(UUID requestId);

    Optional<PaymentRequestRow> lockRequest(UUID id);

    void updateRequestStatus(@Param("id") UUID id, @Param("status") String status, @Param("at") Instant at);

    List<PaymentRequestRow> requestsOf(@Param("merchantId") UUID merchantId, @Param("limit") int limit);

    void insertPayment(PaymentRow row);

    Optional<PaymentRow> payment(UUID id);

    Optional<PaymentRow> paymentOfRequest(UUID requestId);

    Optional<PaymentRow> lockPayment(UUID id);

    void updateRefunded(@Param("id") UUID id, @Param("refunded") long refunded, @Param("status") String status,
                        @Param("at") Instant at);

    /** Newest first, after the cursor's (paid_at, id) when given. */
    List<PaymentRow> paymentsOf(@Param("merchantId") UUID merchantId, @Param("from") Instant from, @Param("to") Instant to,
                                @Param("status") String status, @Param("afterPaidAt") Instant afterPaidAt,
                                @Param("afterId") UUID afterId, @Param("limit") int limit);

    void insertRefund(RefundRow row);

    List<RefundRow> refundsOf(UUID paymentId);

    List<DayTakings> takings(@Param("merchantId") UUID merchantId, @Param("since") Instant since);
}
