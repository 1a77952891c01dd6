package dev.drop.transactions.internal.persistence;

import dev.drop.platform.db.Database;
import dev.drop.platform.db.DatabaseKind;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.Transactions;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code txn} schema, migrated when the module starts, shared by the module's components. */
@Component(service = LedgerStore.class, immediate = true)
public final class LedgerStore {

    private final Transactions transactions;
    private final DatabaseKind kind;

    @Activate
    public LedgerStore(@Reference Database database) {
        this.transactions = database.open(ModuleSchema.of("txn", LedgerStore.class,
                List.of(LedgerMapper.class, MovementMapper.class, PaymentMapper.class, WebhookMapper.class,
                        RemitMapper.class),
                List.of(AccountRow.class, TransferRow.class, HoldRow.class, AccountChange.class, Balances.class,
                        EntryRow.class, StatementRow.class, CurrencyTotal.class, Disagreement.class, TopUpRow.class,
                        PayoutRow.class, Spent.class, PaymentProfileRow.class, PaymentRequestRow.class,
                        PaymentRow.class, RefundRow.class, DayTakings.class, WebhookEndpointRow.class,
                        WebhookMessageRow.class, WebhookAttemptRow.class, QuoteRow.class, RemittanceRow.class,
                        RemittanceEventRow.class, RequestLineRow.class)));
        this.kind = database.kind();
    }

    public Transactions transactions() {
        return transactions;
    }

    public DatabaseKind kind() {
        return kind;
    }
}
