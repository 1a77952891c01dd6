package dev.drop.transactions.internal.wallet;

import dev.drop.platform.db.DatabaseKind;
import dev.drop.platform.money.Money;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.MovementMapper;
import dev.drop.transactions.internal.persistence.Spent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Counts what goes out against the limits, in the transaction of the transfer or payout: the wallet's day and the
 * user's hour, each a row added to (one statement for both on PostgreSQL). A refusal rolls its counting back.
 */
@Component(service = Spending.class)
public final class Spending {

    private final Limits limits;
    private final boolean postgres;

    @Activate
    public Spending(@Reference LedgerStore store, @Reference Settings settings) {
        this.limits = settings.limits();
        this.postgres = store.kind() == DatabaseKind.POSTGRESQL;
    }

    public void add(SqlSession session, UUID user, UUID wallet, Money amount, Instant now) {
        MovementMapper windows = session.getMapper(MovementMapper.class);
        String walletKey = "wallet:" + wallet;
        Instant day = Limits.dayOf(now);
        Instant hour = Limits.hourOf(now);
        Spent today;
        Spent thisHour;
        if (postgres) {
            List<Spent> both = windows.spendBoth(walletKey, day, "user:" + user, hour, amount.amount());
            today = both.stream().filter(window -> window.ownerKey().equals(walletKey)).findFirst().orElseThrow();
            thisHour = both.stream().filter(window -> !window.ownerKey().equals(walletKey)).findFirst().orElseThrow();
        } else {
            today = windows.spend(walletKey, day, amount.amount());
            thisHour = windows.spend("user:" + user, hour, amount.amount());
        }
        limits.check(today, thisHour, amount.currency(), now);
    }
}
