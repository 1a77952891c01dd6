package dev.drop.transactions.internal.ledger;

import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.db.DatabaseKind;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.SqlFailures;
import dev.drop.platform.db.Transactions;
import dev.drop.transactions.internal.MovementEvents;
import dev.drop.platform.paging.Cursor;
import dev.drop.platform.paging.Page;
import dev.drop.platform.paging.PageRequest;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.AccountStatus;
import dev.drop.transactions.Entry;
import dev.drop.transactions.Ledger;
import dev.drop.transactions.LedgerVerification;
import dev.drop.transactions.Owner;
import dev.drop.transactions.Posted;
import dev.drop.transactions.Transfer;
import dev.drop.transactions.TransferRequest;
import dev.drop.transactions.internal.Retrying;
import dev.drop.transactions.internal.persistence.AccountRow;
import dev.drop.transactions.internal.persistence.HoldRow;
import dev.drop.transactions.internal.persistence.LedgerMapper;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.StatementRow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@link Ledger} over the {@code txn} schema. */
@Component(service = {Ledger.class, StoredLedger.class})
public final class StoredLedger implements Ledger {

    private final Transactions transactions;
    private final AuditLog audit;
    private final EventOutbox outbox;
    private final ChainPoster poster;
    private final Clock clock;

    @Activate
    public StoredLedger(@Reference LedgerStore store, @Reference AuditLog audit, @Reference EventOutbox outbox) {
        this(store.transactions(), store.kind() == DatabaseKind.POSTGRESQL, audit, outbox, Clock.systemUTC());
    }

    public StoredLedger(Transactions transactions, boolean postgres, AuditLog audit, EventOutbox outbox, Clock clock) {
        this.transactions = transactions;
        this.poster = new ChainPoster(postgres);
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Account open(Owner owner, AccountKind kind, Currency currency) {
        Optional<Account> found = find(owner, kind, currency);
        if (found.isPresent()) {
            return found.get();
        }
        AccountRow row = new AccountRow(UUID.randomUUID(), kind.name(), owner.type().name(), owner.id(),
                currency.getCurrencyCode(), AccountStatus.ACTIVE.name(), !kind.mayOverdraw(), 0, 0, 0, 0, now());
        try {
            transactions.run(session -> session.getMapper(LedgerMapper.class).insertAccount(row));
            return Rows.account(row);
        } catch (RuntimeException raced) {
            // opened at the same moment by another request: there is one account, and that is it
            return find(owner, kind, currency).orElseThrow(() -> raced);
        }
    }

    /** An account {@link #openIn} found or opened. */
    public record Opened(Account account, boolean created) {
    }

    /** {@link #open} inside the caller's transaction (a new wallet and its first use commit together). */
    public Opened openIn(SqlSession callerTransaction, Owner owner, AccountKind kind, Currency currency) {
        return transactions.joined(callerTransaction, session -> {
            LedgerMapper ledger = session.getMapper(LedgerMapper.class);
            Optional<AccountRow> found = ledger.accountOf(owner.type().name(), owner.id(), kind.name(), currency.getCurrencyCode());
            if (found.isPresent()) {
                return new Opened(Rows.account(found.get()), false);
            }
            AccountRow row = new AccountRow(UUID.randomUUID(), kind.name(), owner.type().name(), owner.id(),
                    currency.getCurrencyCode(), AccountStatus.ACTIVE.name(), !kind.mayOverdraw(), 0, 0, 0, 0, now());
            boolean created = ledger.insertAccountIfAbsent(row) == 1;
            return new Opened(Rows.account(ledger.accountOf(owner.type().name(), owner.id(), kind.name(),
                    currency.getCurrencyCode()).orElseThrow()), created);
        });
    }

    @Override
    public Optional<Account> account(UUID id) {
        return transactions.query(session -> session.getMapper(LedgerMapper.class).account(id)).map(Rows::account);
    }

    /** The account as the caller's transaction sees it. */
    public Optional<Account> account(SqlSession callerTransaction, UUID id) {
        return transactions.joined(callerTransaction, session -> session.getMapper(LedgerMapper.class).account(id))
                .map(Rows::account);
    }

    @Override
    public Optional<Account> find(Owner owner, AccountKind kind, Currency currency) {
        return transactions.query(session -> session.getMapper(LedgerMapper.class)
                .accountOf(owner.type().name(), owner.id(), kind.name(), currency.getCurrencyCode())).map(Rows::account);
    }

    @Override
    public List<Account> accounts(Owner owner, AccountKind kind, int limit) {
        return transactions.query(session -> session.getMapper(LedgerMapper.class).accounts(
                owner == null ? null : owner.type().name(), owner == null ? null : owner.id(),
                kind == null ? null : kind.name(), Math.max(1, Math.min(limit, 10_000)))).stream().map(Rows::account).toList();
    }

    @Override
    public Posted post(List<TransferRequest> chain) {
        return Retrying.transiently(() -> {
            try {
                return transactions.inTransaction(session -> post(session.getMapper(LedgerMapper.class), chain));
            } catch (RuntimeException failure) {
                if (SqlFailures.isUniqueViolation(failure)) {
                    // the same ids posted at this moment by another transaction: now they exist, and that decides
                    return transactions.inTransaction(session -> post(session.getMapper(LedgerMapper.class), chain));
                }
                throw failure;
            }
        });
    }

    @Override
    public Posted post(SqlSession callerTransaction, List<TransferRequest> chain) {
        return transactions.joined(callerTransaction, session -> post(session.getMapper(LedgerMapper.class), chain));
    }

    /**
     * Posts a chain whose ids are new (the id of the idempotent request that makes it: a request that ran already
     * never runs its work again), on accounts the caller's transaction locked with {@link #lockAccounts}; fewer round
     * trips than {@link #post(SqlSession, List)}. Were an id posted before after all, its primary key refuses it.
     */
    public Posted postNew(SqlSession callerTransaction, List<TransferRequest> chain, Set<UUID> locked) {
        return transactions.joined(callerTransaction, session -> post(session.getMapper(LedgerMapper.class), chain,
                new ChainPoster.Options(true, locked)));
    }

    /** Locks the accounts in the caller's transaction, in the order every transaction locks them, and reads them. */
    public Map<UUID, Account> lockAccounts(SqlSession callerTransaction, List<UUID> ids) {
        return transactions.joined(callerTransaction, session -> session.getMapper(LedgerMapper.class).lockAccounts(ids))
                .stream().map(Rows::account).collect(Collectors.toMap(Account::id, Function.identity()));
    }

    private Posted post(LedgerMapper ledger, List<TransferRequest> chain) {
        return post(ledger, chain, ChainPoster.Options.PLAIN);
    }

    private Posted post(LedgerMapper ledger, List<TransferRequest> chain, ChainPoster.Options options) {
        ChainPoster.Result result = poster.post(ledger, chain, now(), options);
        return new Posted(result.rows().stream().map(Rows::transfer).toList(), result.existed());
    }

    /** Releases holds whose timeout passed, a batch at a time; returns how many. Safe on every node at once. */
    public List<HoldRow> expireDue(int batch) {
        return transactions.inTransaction(session -> {
            LedgerMapper ledger = session.getMapper(LedgerMapper.class);
            Instant now = now();
            List<HoldRow> due = ledger.lockExpiredHolds(now, batch);
            if (!due.isEmpty()) {
                poster.expire(ledger, due, now);
                due.forEach(hold -> outbox.append(session, MovementEvents.holdExpired(hold)));
            }
            return due;
        });
    }

    @Override
    public Optional<Transfer> transfer(UUID id) {
        return transactions.query(session -> session.getMapper(LedgerMapper.class).transfers(List.of(id))).stream()
                .findFirst().map(Rows::transfer);
    }

    @Override
    public Page<Entry> entries(UUID account, Instant from, Instant to, PageRequest page) {
        Long before = page.after().map(cursor -> seq(cursor)).orElse(null);
        List<StatementRow> rows = transactions.query(session -> session.getMapper(LedgerMapper.class)
                .statement(account, before, from, to, page.fetchSize()));
        return Page.fromOverfetch(rows, page, row -> Cursor.of(Long.toString(row.seq()))).map(Rows::entry);
    }

    @Override
    public Account setStatus(UUID account, AccountStatus status, String actor, String reason) {
        Account changed = transactions.inTransaction(session -> {
            LedgerMapper ledger = session.getMapper(LedgerMapper.class);
            AccountRow row = ledger.account(account).orElseThrow(() -> ProblemType.NOT_FOUND.exception(
                    "There is no account " + account + "."));
            if (AccountStatus.CLOSED.name().equals(row.status())) {
                throw ProblemType.CONFLICT.exception("Account " + account + " is closed; nothing changes it any more.");
            }
            ledger.setStatus(account, status.name());
            return Rows.account(ledger.account(account).orElseThrow());
        });
        audit.record(actor, "ledger.account.status", "account:" + account, status + "; " + reason);
        return changed;
    }

    @Override
    public LedgerVerification verify() {
        return transactions.read(session -> new LedgerVerifier(session.getMapper(LedgerMapper.class)).verify(now()));
    }

    private static long seq(Cursor cursor) {
        try {
            return Long.parseLong(cursor.key(0));
        } catch (NumberFormatException e) {
            throw ProblemType.VALIDATION.exception("The cursor is not one this API returned.",
                    List.of(new FieldError("cursor", "not a statement cursor; pass the nextCursor of the previous page")));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
