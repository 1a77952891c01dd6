package dev.drop.transactions;

import dev.drop.platform.paging.Page;
import dev.drop.platform.paging.PageRequest;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The double-entry ledger: accounts in one currency each, and immutable transfers between them. Balances change only
 * through transfers; no transfer is ever updated or deleted. Per currency the balances of all accounts sum to zero,
 * and no wallet or merchant account is ever overdrawn, whatever runs concurrently.
 */
@ProviderType
public interface Ledger {

    /** The account of this owner, kind and currency, opened now if there is none yet (at most one each). */
    Account open(Owner owner, AccountKind kind, Currency currency);

    Optional<Account> account(UUID id);

    Optional<Account> find(Owner owner, AccountKind kind, Currency currency);

    /** Accounts by owner and kind (either may be null for all), oldest first. */
    List<Account> accounts(Owner owner, AccountKind kind, int limit);

    /**
     * Posts a linked chain: every transfer or none. A chain posted before (every id exists with the same content)
     * returns what exists and moves nothing.
     *
     * @throws TransferRefusedException naming the first refused transfer; nothing was posted
     */
    Posted post(List<TransferRequest> chain);

    /** {@link #post(List)} inside the caller's transaction, which commits or rolls the chain back with its own work. */
    Posted post(SqlSession callerTransaction, List<TransferRequest> chain);

    Optional<Transfer> transfer(UUID id);

    /** The account's statement, newest first, between two instants (either may be null). */
    Page<Entry> entries(UUID account, Instant from, Instant to, PageRequest page);

    /** Freezes (no new debits) or unfreezes an account; audited with who and why. */
    Account setStatus(UUID account, AccountStatus status, String actor, String reason);

    /** Checks every invariant of the ledger. */
    LedgerVerification verify();
}
