package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** Quotes, remittances and their timelines. */
public interface RemitMapper {

    void insertQuote(QuoteRow row);

    Optional<QuoteRow> quote(UUID id);

    void insertRemittance(RemittanceRow row);

    Optional<RemittanceRow> remittance(UUID id);

    Optional<RemittanceRow> lockRemittance(UUID id);

    Optional<RemittanceRow> remittanceOfQuote(UUID quoteId);

    List<RemittanceRow> remittancesOf(@Param("userId") UUID userId, @Param("limit") int limit);

    /** Remittances waiting in SCREENING, oldest change first. */
    List<RemittanceRow> screening(@Param("limit") int limit);

    void updateRemittance(@Param("id") UUID id, @Param("status") String status, @Param("screening") String screening,
                          @Param("reason") String reason, @Param("at") Instant at);

    void insertEvent(RemittanceEventRow row);

    List<RemittanceEventRow> eventsOf(UUID remittanceId);
}
