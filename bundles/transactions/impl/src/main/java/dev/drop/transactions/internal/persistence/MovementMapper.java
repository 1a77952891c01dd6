package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL of top-ups, payouts, rail callbacks and spending limits; see MovementMapper.xml. */
public interface MovementMapper {

    void insertTopUp(TopUpRow row);

    Optional<TopUpRow> topUp(UUID id);

    Optional<TopUpRow> lockTopUp(UUID id);

    void updateTopUp(@Param("id") UUID id, @Param("status") String status, @Param("reason") String reason,
                     @Param("at") Instant at);

    void insertPayout(PayoutRow row);

    Optional<PayoutRow> payout(UUID id);

    Optional<PayoutRow> lockPayout(UUID id);

    void updatePayout(@Param("id") UUID id, @Param("status") String status, @Param("reason") String reason,
                      @Param("at") Instant at);

    List<PayoutRow> payoutsOfWallet(@Param("walletId") UUID walletId, @Param("limit") int limit);

    List<TopUpRow> topUpsOfWallet(@Param("walletId") UUID walletId, @Param("limit") int limit);

    /** Fails with a unique violation when the rail sent this message before. */
    void insertRailMessage(@Param("rail") String rail, @Param("messageId") String messageId,
                           @Param("reference") UUID reference, @Param("event") String event, @Param("at") Instant at);

    boolean railMessageSeen(@Param("rail") String rail, @Param("messageId") String messageId);

    /** Adds a transfer or payout to a window of what its owner sent, and returns the window as it is now. */
    Spent spend(@Param("key") String key, @Param("window") Instant window, @Param("amount") long amount);

    /** {@link #spend} in two windows at once, in one statement (PostgreSQL). */
    List<Spent> spendBoth(@Param("key") String key, @Param("window") Instant window, @Param("otherKey") String otherKey,
                          @Param("otherWindow") Instant otherWindow, @Param("amount") long amount);

    /** Forgets windows that started before {@code before}. */
    int forgetSpending(@Param("before") Instant before);
}
