package dev.drop.transactions.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL of the ledger; see LedgerMapper.xml. */
public interface LedgerMapper {

    void insertAccount(AccountRow row);

    /** Inserts the account unless its owner has one of its kind and currency; returns the rows inserted. */
    int insertAccountIfAbsent(AccountRow row);

    Optional<AccountRow> account(UUID id);

    Optional<AccountRow> accountOf(@Param("ownerType") String ownerType, @Param("ownerId") String ownerId,
                                   @Param("kind") String kind, @Param("currency") String currency);

    List<AccountRow> accounts(@Param("ownerType") String ownerType, @Param("ownerId") String ownerId,
                              @Param("kind") String kind, @Param("limit") int limit);

    int setStatus(@Param("id") UUID id, @Param("status") String status);

    List<TransferRow> transfers(@Param("ids") List<UUID> ids);

    void insertTransfers(@Param("rows") List<TransferRow> rows);

    /** Applies a change if the account may take it (currency, status, overdraft); empty when it may not. */
    Optional<Balances> apply(AccountChange change);

    void insertEntries(@Param("rows") List<EntryRow> rows);

    /** Locks the accounts in id order and reads them: what a transfer checks, before it changes them. */
    List<AccountRow> lockAccounts(@Param("ids") List<UUID> ids);

    /**
     * Applies changes to accounts this transaction locked, in one statement (PostgreSQL); an account that may not take
     * its change is left out of the answer.
     */
    List<Balances> applyAll(@Param("changes") List<AccountChange> changes);

    /** {@link #insertTransfers} and {@link #insertEntries} in one statement (PostgreSQL). */
    void insertTransfersAndEntries(@Param("rows") List<TransferRow> rows, @Param("entries") List<EntryRow> entries);

    Optional<HoldRow> lockHold(UUID pendingId);

    void insertHold(HoldRow row);

    void reduceHold(@Param("pendingId") UUID pendingId, @Param("by") long by);

    void deleteHold(UUID pendingId);

    /** Locks open holds whose timeout passed, skipping those another node has locked. */
    List<HoldRow> lockExpiredHolds(@Param("now") Instant now, @Param("limit") int limit);

    List<StatementRow> statement(@Param("accountId") UUID accountId, @Param("beforeSeq") Long beforeSeq,
                                 @Param("from") Instant from, @Param("to") Instant to, @Param("limit") int limit);

    List<CurrencyTotal> currencyTotals();

    List<Disagreement> balancesAgainstTransfers(@Param("limit") int limit);

    List<Disagreement> balancesAgainstStatements(@Param("limit") int limit);

    List<UUID> overdrawn(@Param("limit") int limit);

    List<UUID> holdsPastTimeout(@Param("before") Instant before, @Param("limit") int limit);

    List<UUID> pendingsWithoutState(@Param("limit") int limit);

    long countAccounts();

    long countTransfers();
}
