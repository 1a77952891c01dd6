package dev.drop.transactions.internal.rail;

import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Owner;
import dev.drop.transactions.PaymentRail;
import dev.drop.transactions.RailOutcome;
import dev.drop.transactions.RailPayout;
import dev.drop.transactions.RailStatus;
import dev.drop.transactions.TransferRequest;
import dev.drop.transactions.internal.MovementEvents;
import dev.drop.transactions.internal.ledger.StoredLedger;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.MovementMapper;
import dev.drop.transactions.internal.persistence.PayoutRow;
import dev.drop.transactions.internal.wallet.Spending;
import dev.drop.transactions.internal.wallet.Wallets;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Payouts: money from a wallet to a bank account through a rail. The amount is held (a pending transfer to the rail's
 * clearing account) when the payout is sent; it leaves the wallet for good when the bank confirms, and comes back
 * when the bank refuses it or the beneficiary's bank returns it.
 */
@Component(service = Payouts.class)
public final class Payouts {

    public static final String SENT = "SENT";
    public static final String SETTLED = "SETTLED";
    public static final String FAILED = "FAILED";
    public static final String RETURNED = "RETURNED";

    /** What a customer asks for: the amount, and the account it goes to. */
    public record Order(Money amount, String iban, String name, String rail) {
    }

    private final Transactions transactions;
    private final StoredLedger ledger;
    private final Wallets wallets;
    private final RailRegistry rails;
    private final EventOutbox outbox;
    private final Spending spending;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Payouts(@Reference LedgerStore store, @Reference StoredLedger ledger, @Reference Wallets wallets,
                   @Reference RailRegistry rails, @Reference EventOutbox outbox, @Reference Spending spending) {
        this.spending = spending;
        this.transactions = store.transactions();
        this.ledger = ledger;
        this.wallets = wallets;
        this.rails = rails;
        this.outbox = outbox;
    }

    /** Checks the order's shape; returns it with the IBAN in its electronic form (no spaces, upper case). */
    public static Order validate(Order order) {
        List<FieldError> errors = new ArrayList<>();
        if (order.amount() == null) {
            errors.add(new FieldError("amount", "is required"));
        } else if (order.amount().amount() <= 0) {
            errors.add(new FieldError("amount.amount", "must be above zero"));
        }
        String iban = order.iban() == null ? null : order.iban().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (iban == null || iban.isEmpty()) {
            errors.add(new FieldError("iban", "is required"));
        } else {
            try {
                IbanUtil.validate(iban);
            } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
                errors.add(new FieldError("iban", "is not a valid IBAN"));
            }
        }
        if (order.name() == null || order.name().isBlank() || order.name().strip().length() > 70
                || order.name().chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", "the account holder's name, 1 to 70 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The payout is not valid.", errors);
        }
        RailRegistry.validateName(order.rail(), "rail");
        return new Order(order.amount(), iban, order.name().strip(), order.rail());
    }

    /** Holds the amount and sends the payout under the request's id, in the caller's transaction. */
    public PayoutRow start(SqlSession session, UUID id, UUID user, UUID walletId, Order order) {
        Order checked = validate(order);
        Account wallet = wallets.owned(session, user, walletId);
        if (!wallet.currency().equals(checked.amount().currency())) {
            throw ProblemType.UNPROCESSABLE.exception("The wallet holds " + wallet.currency().getCurrencyCode() + ".",
                    List.of(new FieldError("amount.currency", "must be " + wallet.currency().getCurrencyCode())));
        }
        wallets.limits().checkSingle(checked.amount(), "amount");
        PaymentRail rail = rails.require(checked.rail());
        Account clearing = ledger.openIn(session, Owner.rail(rail.name()), AccountKind.CLEARING, wallet.currency()).account();
        ledger.post(session, List.of(TransferRequest.pending(id, wallet.id(), clearing.id(), checked.amount(), null,
                "payout", "Payout to " + checked.name())));
        Instant now = now();
        spending.add(session, user, wallet.id(), checked.amount(), now);
        RailOutcome outcome = RailCalls.ask(rail, () -> rail.initiatePayout(new RailPayout(id, checked.amount(),
                checked.iban(), checked.name())));
        PayoutRow row = new PayoutRow(id, wallet.id(), user, rail.name(), checked.amount().amount(),
                wallet.currency().getCurrencyCode(), checked.iban(), checked.name(), SENT, null, now, now);
        session.getMapper(MovementMapper.class).insertPayout(row);
        outbox.append(session, MovementEvents.payout("sent", id, wallet.id(), checked.amount(), rail.name(), null));
        if (outcome.status() == RailStatus.SETTLED) {
            return settle(session, row);
        }
        if (outcome.status() == RailStatus.FAILED) {
            return fail(session, row, FAILED, outcome.reason());
        }
        return row;
    }

    /** The bank confirmed: the held amount leaves the wallet for good. */
    PayoutRow settle(SqlSession session, PayoutRow row) {
        Money amount = Money.of(row.amount(), row.currency());
        ledger.post(session, List.of(TransferRequest.post(derived("payout-settle", row.id()), row.id(), amount, true,
                "payout", "Payout to " + row.beneficiary())));
        return change(session, row, SETTLED, null, "settled");
    }

    /** The bank refused it (or it came back before it settled): the hold is released, the money stays. */
    PayoutRow fail(SqlSession session, PayoutRow row, String status, String reason) {
        ledger.post(session, List.of(TransferRequest.voiding(derived("payout-void", row.id()), row.id(), "payout",
                "Payout to " + row.beneficiary() + " not made")));
        return change(session, row, status, reasonOr(reason, "the bank refused the payout"),
                status.equals(RETURNED) ? "returned" : "failed");
    }

    /** It left, and the beneficiary's bank sent it back: the money comes back to the wallet. */
    PayoutRow returned(SqlSession session, PayoutRow row, String reason) {
        Money amount = Money.of(row.amount(), row.currency());
        Account clearing = ledger.openIn(session, Owner.rail(row.rail()), AccountKind.CLEARING, amount.currency()).account();
        String why = reasonOr(reason, "returned by the beneficiary's bank");
        ledger.post(session, List.of(TransferRequest.posted(derived("payout-return", row.id()), clearing.id(),
                row.walletId(), amount, "payout-return", "Payout to " + row.beneficiary() + " returned: " + why)));
        return change(session, row, RETURNED, why, "returned");
    }

    /** The user's payout from their wallet; anyone else's is a 404. */
    public PayoutRow find(UUID user, UUID walletId, UUID payout) {
        wallets.owned(user, walletId);
        return transactions.query(session -> session.getMapper(MovementMapper.class).payout(payout))
                .filter(row -> row.walletId().equals(walletId) && row.userId().equals(user))
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("There is no payout " + payout + " of this wallet."));
    }

    private PayoutRow change(SqlSession session, PayoutRow row, String status, String reason, String event) {
        Instant now = now();
        session.getMapper(MovementMapper.class).updatePayout(row.id(), status, reason, now);
        outbox.append(session, MovementEvents.payout(event, row.id(), row.walletId(), Money.of(row.amount(), row.currency()),
                row.rail(), reason));
        return new PayoutRow(row.id(), row.walletId(), row.userId(), row.rail(), row.amount(), row.currency(), row.iban(),
                row.beneficiary(), status, reason, row.createdAt(), now);
    }

    private static String reasonOr(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : TopUps.truncate(reason);
    }

    /** The id of a transfer a payout leads to: the same every time, so a callback applied twice posts it once. */
    static UUID derived(String purpose, UUID payout) {
        return UUID.nameUUIDFromBytes((purpose + ":" + payout).getBytes(StandardCharsets.UTF_8));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
