package dev.drop.transactions.internal.ledger;

import dev.drop.platform.audit.AuditEntry;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.audit.AuditVerification;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.db.internal.InMemoryDatabase;
import dev.drop.platform.db.internal.MovableClock;
import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.money.Money;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Owner;
import dev.drop.transactions.internal.persistence.LedgerStore;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A ledger on a fresh in-memory database, with a clock the test moves and the events and audit entries it wrote. */
final class LedgerFixture {

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    final List<String> audited = new CopyOnWriteArrayList<>();
    final LedgerStore store = new LedgerStore(new InMemoryDatabase());
    final StoredLedger ledger = new StoredLedger(store.transactions(), false, audit(), (session, event) -> events.add(event), clock);

    Transactions transactions() {
        return store.transactions();
    }

    Account wallet(String currency) {
        return ledger.open(Owner.user(UUID.randomUUID()), AccountKind.WALLET, Money.currency(currency));
    }

    Account clearing(String currency) {
        return ledger.open(Owner.rail("sandbox"), AccountKind.CLEARING, Money.currency(currency));
    }

    Account account(UUID id) {
        return ledger.account(id).orElseThrow();
    }

    /** Changes a cached balance behind the ledger's back, as a bug or an intruder would. */
    void tamper(UUID account, long creditsPosted) {
        transactions().run(session -> {
            try (Statement statement = session.getConnection().createStatement()) {
                statement.executeUpdate("UPDATE txn.account SET credits_posted = " + creditsPosted + " WHERE id = '" + account + "'");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private AuditLog audit() {
        return new AuditLog() {
            @Override
            public AuditEntry record(String actor, String action, String target, String detail) {
                audited.add(actor + " " + action + " " + target + " " + detail);
                return new AuditEntry(audited.size(), Instant.now(), actor, action, target, detail, "");
            }

            @Override
            public List<AuditEntry> tail(int count) {
                throw new UnsupportedOperationException("the ledger only writes the audit trail");
            }

            @Override
            public AuditVerification verify() {
                throw new UnsupportedOperationException("the ledger only writes the audit trail");
            }
        };
    }
}
