package dev.drop.transactions.internal.rail;

import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.AccountStatus;
import dev.drop.transactions.Owner;
import dev.drop.transactions.PaymentRail;
import dev.drop.transactions.RailOutcome;
import dev.drop.transactions.RailStatus;
import dev.drop.transactions.RailTopUp;
import dev.drop.transactions.TransferRequest;
import dev.drop.transactions.internal.MovementEvents;
import dev.drop.transactions.internal.ledger.StoredLedger;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.MovementMapper;
import dev.drop.transactions.internal.persistence.TopUpRow;
import dev.drop.transactions.internal.wallet.Wallets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Top-ups: money pulled from the customer's bank through a rail into their wallet. The wallet is credited (from the
 * rail's clearing account) only when the bank says the money arrived, at once or in a callback.
 */
@Component(service = TopUps.class)
public final class TopUps {

    public static final String PENDING = "PENDING";
    public static final String SETTLED = "SETTLED";
    public static final String FAILED = "FAILED";

    /** What a customer asks for. */
    public record Order(Money amount, String rail) {
    }

    private final Transactions transactions;
    private final StoredLedger ledger;
    private final Wallets wallets;
    private final RailRegistry rails;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public TopUps(@Reference LedgerStore store, @Reference StoredLedger ledger, @Reference Wallets wallets,
                  @Reference RailRegistry rails, @Reference EventOutbox outbox) {
        this.transactions = store.transactions();
        this.ledger = ledger;
        this.wallets = wallets;
        this.rails = rails;
        this.outbox = outbox;
    }

    public static void validate(Order order) {
        List<FieldError> errors = new ArrayList<>();
        if (order.amount() == null) {
            errors.add(new FieldError("amount", "is required"));
        } else if (order.amount().amount() <= 0) {
            errors.add(new FieldError("amount.amount", "must be above zero"));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The top-up is not valid.", errors);
        }
        RailRegistry.validateName(order.rail(), "rail");
    }

    /** Starts the top-up under the request's id, in the caller's transaction, and asks the bank. */
    public TopUpRow start(SqlSession session, UUID id, UUID user, UUID walletId, Order order) {
        validate(order);
        Account wallet = wallets.owned(session, user, walletId);
        if (!wallet.currency().equals(order.amount().currency())) {
            throw ProblemType.UNPROCESSABLE.exception("The wallet holds " + wallet.currency().getCurrencyCode() + ".",
                    List.of(new FieldError("amount.currency", "must be " + wallet.currency().getCurrencyCode())));
        }
        if (wallet.status() != AccountStatus.ACTIVE) {
            throw ProblemType.UNPROCESSABLE.exception("The wallet is " + wallet.status().name().toLowerCase()
                    + "; it takes no top-ups now.");
        }
        wallets.limits().checkSingle(order.amount(), "amount");
        PaymentRail rail = rails.require(order.rail());
        RailOutcome outcome = RailCalls.ask(rail, () -> rail.initiateTopUp(new RailTopUp(id, order.amount(), user)));
        Instant now = now();
        TopUpRow row = new TopUpRow(id, wallet.id(), user, rail.name(), order.amount().amount(),
                order.amount().currency().getCurrencyCode(), PENDING,
                outcome.redirectUrl() == null ? null : outcome.redirectUrl().toString(), null, now, now);
        session.getMapper(MovementMapper.class).insertTopUp(row);
        if (outcome.status() == RailStatus.SETTLED) {
            return settle(session, row);
        }
        if (outcome.status() == RailStatus.FAILED) {
            return fail(session, row, outcome.reason());
        }
        outbox.append(session, MovementEvents.topUp("pending", id, wallet.id(), order.amount(), rail.name()));
        return row;
    }

    /** Credits the wallet from the rail's clearing account; a top-up settles once. */
    TopUpRow settle(SqlSession session, TopUpRow row) {
        Money amount = Money.of(row.amount(), row.currency());
        Account clearing = ledger.openIn(session, Owner.rail(row.rail()), AccountKind.CLEARING, amount.currency()).account();
        ledger.post(session, List.of(TransferRequest.posted(row.id(), clearing.id(), row.walletId(), amount, "topup",
                "Top-up from your bank (" + row.rail() + ")")));
        Instant now = now();
        session.getMapper(MovementMapper.class).updateTopUp(row.id(), SETTLED, null, now);
        outbox.append(session, MovementEvents.topUp("settled", row.id(), row.walletId(), amount, row.rail()));
        return with(row, SETTLED, null, now);
    }

    TopUpRow fail(SqlSession session, TopUpRow row, String reason) {
        String why = reason == null || reason.isBlank() ? "the bank refused the payment" : truncate(reason);
        Instant now = now();
        session.getMapper(MovementMapper.class).updateTopUp(row.id(), FAILED, why, now);
        outbox.append(session, MovementEvents.topUp("failed", row.id(), row.walletId(),
                Money.of(row.amount(), row.currency()), row.rail()));
        return with(row, FAILED, why, now);
    }

    /** The user's top-up of their wallet; anyone else's is a 404. */
    public TopUpRow find(UUID user, UUID walletId, UUID topUp) {
        wallets.owned(user, walletId);
        return transactions.query(session -> session.getMapper(MovementMapper.class).topUp(topUp))
                .filter(row -> row.walletId().equals(walletId) && row.userId().equals(user))
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("There is no top-up " + topUp + " of this wallet."));
    }

    private static TopUpRow with(TopUpRow row, String status, String reason, Instant at) {
        return new TopUpRow(row.id(), row.walletId(), row.userId(), row.rail(), row.amount(), row.currency(), status,
                row.redirectUrl(), reason, row.createdAt(), at);
    }

    static String truncate(String reason) {
        return reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
