package dev.drop.transactions.internal.rail;

import dev.drop.platform.db.SqlFailures;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.PaymentRail;
import dev.drop.transactions.RailCallback;
import dev.drop.transactions.RailCallbackRejectedException;
import dev.drop.transactions.RailUpdate;
import dev.drop.transactions.internal.Retrying;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.remit.RemittanceFlow;
import dev.drop.transactions.internal.persistence.MovementMapper;
import dev.drop.transactions.internal.persistence.PayoutRow;
import dev.drop.transactions.internal.persistence.TopUpRow;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies what banks tell in their callbacks. The rail checks the signature first; each message is applied once (a
 * replay finds its id recorded and changes nothing), and only moves a payment on from where it stands.
 */
@Component(service = RailCallbacks.class)
public final class RailCallbacks {

    /** What a callback did. */
    public record Outcome(int applied, int replayed) {
    }

    static final ProblemType REJECTED = ProblemType.of("callback-rejected", "Callback rejected", 401);
    static final ProblemType UNMATCHED = ProblemType.of("callback-unmatched", "Unknown payment", 404);
    private static final Logger LOG = LoggerFactory.getLogger(RailCallbacks.class);

    private final Transactions transactions;
    private final RailRegistry rails;
    private final TopUps topUps;
    private final Payouts payouts;
    private final RemittanceFlow remittances;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public RailCallbacks(@Reference LedgerStore store, @Reference RailRegistry rails, @Reference TopUps topUps,
                         @Reference Payouts payouts, @Reference RemittanceFlow remittances) {
        this.transactions = store.transactions();
        this.rails = rails;
        this.topUps = topUps;
        this.payouts = payouts;
        this.remittances = remittances;
    }

    public Outcome receive(String railName, RailCallback callback) {
        PaymentRail rail = rails.find(railName).orElseThrow(() -> ProblemType.NOT_FOUND.exception(
                "There is no payment rail '" + railName + "' installed."));
        List<RailUpdate> updates;
        try {
            updates = rail.acceptCallback(callback);
        } catch (RailCallbackRejectedException e) {
            LOG.warn("rejected a callback to rail {}: {}", rail.name(), e.getMessage());
            throw REJECTED.exception("The callback was not accepted: " + e.getMessage());
        }
        int applied = 0;
        for (RailUpdate update : updates) {
            if (apply(rail.name(), update)) {
                applied++;
            }
        }
        return new Outcome(applied, updates.size() - applied);
    }

    /** Applies one message; false when it was applied before. */
    private boolean apply(String rail, RailUpdate update) {
        try {
            return Retrying.transiently(() -> transactions.inTransaction(session -> {
                MovementMapper movements = session.getMapper(MovementMapper.class);
                if (movements.railMessageSeen(rail, update.messageId())) {
                    return false;
                }
                movements.insertRailMessage(rail, update.messageId(), update.reference(), update.event().name(), clock.instant());
                if (!applyTo(session, rail, update)) {
                    throw UNMATCHED.exception("There is no payment " + update.reference() + " through rail " + rail
                            + " (yet); send the callback again later.");
                }
                return true;
            }));
        } catch (RuntimeException failure) {
            if (SqlFailures.isUniqueViolation(failure)) {
                return false; // the same message, delivered twice at once: the other delivery applied it
            }
            throw failure;
        }
    }

    private boolean applyTo(SqlSession session, String rail, RailUpdate update) {
        MovementMapper movements = session.getMapper(MovementMapper.class);
        switch (update.event()) {
            case TOPUP_SETTLED, TOPUP_FAILED -> {
                Optional<TopUpRow> found = movements.lockTopUp(update.reference()).filter(row -> row.rail().equals(rail));
                found.filter(row -> TopUps.PENDING.equals(row.status())).ifPresent(row -> {
                    if (update.event() == dev.drop.transactions.RailEvent.TOPUP_SETTLED) {
                        topUps.settle(session, row);
                    } else {
                        topUps.fail(session, row, update.reason());
                    }
                });
                found.filter(row -> !TopUps.PENDING.equals(row.status())).ifPresent(row -> ignored(update, row.status()));
                return found.isPresent();
            }
            default -> {
                Optional<PayoutRow> found = movements.lockPayout(update.reference()).filter(row -> row.rail().equals(rail));
                found.ifPresent(row -> applyToPayout(session, update, row));
                return found.isPresent() || remittances.apply(session, rail, update);
            }
        }
    }

    private void applyToPayout(SqlSession session, RailUpdate update, PayoutRow row) {
        boolean sent = Payouts.SENT.equals(row.status());
        switch (update.event()) {
            case PAYOUT_SETTLED -> {
                if (sent) {
                    payouts.settle(session, row);
                } else {
                    ignored(update, row.status());
                }
            }
            case PAYOUT_FAILED -> {
                if (sent) {
                    payouts.fail(session, row, Payouts.FAILED, update.reason());
                } else {
                    ignored(update, row.status());
                }
            }
            case PAYOUT_RETURNED -> {
                if (sent) {
                    payouts.fail(session, row, Payouts.RETURNED, update.reason());
                } else if (Payouts.SETTLED.equals(row.status())) {
                    payouts.returned(session, row, update.reason());
                } else {
                    ignored(update, row.status());
                }
            }
            default -> ignored(update, row.status());
        }
    }

    private static void ignored(RailUpdate update, String status) {
        LOG.info("callback {} says {} for {}, which is {}: nothing to change", update.messageId(), update.event(),
                update.reference(), status);
    }

}
