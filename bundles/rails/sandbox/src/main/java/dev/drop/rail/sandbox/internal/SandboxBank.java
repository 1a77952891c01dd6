package dev.drop.rail.sandbox.internal;

import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.transactions.PaymentRail;
import dev.drop.transactions.RailCallback;
import dev.drop.transactions.RailEvent;
import dev.drop.transactions.RailOutcome;
import dev.drop.transactions.RailPayout;
import dev.drop.transactions.RailTopUp;
import dev.drop.transactions.RailUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code sandbox} rail: a simulated bank that keeps its own books, answers by the amount's last digits
 * ({@link Behaviour}) and tells Drop how payments end in signed callbacks, over HTTP, as a real bank would. It knows
 * each reference once: Drop asking again about one gets the first answer.
 */
@Component(service = {PaymentRail.class, SandboxBank.class}, configurationPid = SandboxConfig.PID)
public final class SandboxBank implements PaymentRail {

    static final String PENDING = "PENDING";
    static final String SETTLED = "SETTLED";
    static final String FAILED = "FAILED";
    static final String RETURNED = "RETURNED";
    private static final Duration AFTER_ANSWER = Duration.ofMillis(200);

    private final Transactions transactions;
    private final BankMessages messages;
    private final Duration settle;
    private final Duration comeBack;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public SandboxBank(SandboxConfig config, @Reference BankStore store) {
        this.transactions = store.transactions();
        this.messages = new BankMessages(store.secret());
        this.settle = Duration.ofMillis(config.settleMillis());
        this.comeBack = Duration.ofMillis(config.returnMillis());
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public RailOutcome initiateTopUp(RailTopUp topUp) {
        return transactions.inTransaction(session -> {
            BankMapper bank = session.getMapper(BankMapper.class);
            Optional<PaymentRow> known = bank.lockPayment(topUp.reference());
            if (known.isPresent()) {
                return outcome(known.get());
            }
            Instant now = now();
            return switch (Behaviour.of(topUp.amount(), false)) {
                case FAIL -> {
                    String reason = "the customer's bank refused the payment (sandbox: amounts ending in 13 fail)";
                    record(bank, topUp.reference(), PaymentRow.TOPUP, topUp.amount(), null, null, FAILED, reason, now);
                    notify(bank, RailEvent.TOPUP_FAILED, topUp.reference(), reason, now.plus(AFTER_ANSWER));
                    yield RailOutcome.failed(reason);
                }
                case WAIT -> {
                    record(bank, topUp.reference(), PaymentRow.TOPUP, topUp.amount(), null, null, PENDING, null, now);
                    yield RailOutcome.pending();
                }
                default -> {
                    record(bank, topUp.reference(), PaymentRow.TOPUP, topUp.amount(), null, null, SETTLED, null, now);
                    notify(bank, RailEvent.TOPUP_SETTLED, topUp.reference(), null, now.plus(AFTER_ANSWER));
                    yield RailOutcome.settled();
                }
            };
        });
    }

    @Override
    public RailOutcome initiatePayout(RailPayout payout) {
        return transactions.inTransaction(session -> {
            BankMapper bank = session.getMapper(BankMapper.class);
            Optional<PaymentRow> known = bank.lockPayment(payout.reference());
            if (known.isPresent()) {
                return outcome(known.get());
            }
            Instant now = now();
            UUID reference = payout.reference();
            return switch (Behaviour.of(payout.amount(), true)) {
                case FAIL -> {
                    String reason = "the beneficiary's bank refused the credit transfer (sandbox: amounts ending in 13 fail)";
                    record(bank, reference, PaymentRow.PAYOUT, payout.amount(), payout.iban(), payout.name(), FAILED, reason, now);
                    notify(bank, RailEvent.PAYOUT_FAILED, reference, reason, now.plus(AFTER_ANSWER));
                    yield RailOutcome.failed(reason);
                }
                case WAIT -> {
                    record(bank, reference, PaymentRow.PAYOUT, payout.amount(), payout.iban(), payout.name(), PENDING, null, now);
                    yield RailOutcome.pending();
                }
                case RETURN -> {
                    String reason = "the beneficiary's account is closed (sandbox: payouts ending in 66 come back)";
                    record(bank, reference, PaymentRow.PAYOUT, payout.amount(), payout.iban(), payout.name(), RETURNED, reason, now);
                    notify(bank, RailEvent.PAYOUT_SETTLED, reference, null, now.plus(settle));
                    notify(bank, RailEvent.PAYOUT_RETURNED, reference, reason, now.plus(settle).plus(comeBack));
                    yield RailOutcome.pending();
                }
                default -> {
                    record(bank, reference, PaymentRow.PAYOUT, payout.amount(), payout.iban(), payout.name(), SETTLED, null, now);
                    notify(bank, RailEvent.PAYOUT_SETTLED, reference, null, now.plus(settle));
                    yield RailOutcome.pending();
                }
            };
        });
    }

    @Override
    public List<RailUpdate> acceptCallback(RailCallback callback) {
        return messages.read(callback);
    }

    /** {@code settle} or {@code fail} a payment waiting for an operator; {@code return} a settled payout. */
    @Override
    public String operate(String action, String reference) {
        UUID id;
        try {
            id = UUID.fromString(reference);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + reference + "' is not a top-up's or payout's id");
        }
        return transactions.inTransaction(session -> {
            BankMapper bank = session.getMapper(BankMapper.class);
            PaymentRow payment = bank.lockPayment(id).orElseThrow(() -> new IllegalArgumentException(
                    "the sandbox bank has no payment " + id));
            boolean payout = PaymentRow.PAYOUT.equals(payment.kind());
            Instant now = now();
            switch (action) {
                case "settle" -> {
                    waiting(payment);
                    bank.updatePayment(id, SETTLED, null, now);
                    notify(bank, payout ? RailEvent.PAYOUT_SETTLED : RailEvent.TOPUP_SETTLED, id, null, now);
                }
                case "fail" -> {
                    waiting(payment);
                    String reason = "failed by the bank's operator";
                    bank.updatePayment(id, FAILED, reason, now);
                    notify(bank, payout ? RailEvent.PAYOUT_FAILED : RailEvent.TOPUP_FAILED, id, reason, now);
                }
                case "return" -> {
                    if (!payout || !SETTLED.equals(payment.status())) {
                        throw new IllegalArgumentException("only a settled payout can come back; " + id + " is a "
                                + payment.kind().toLowerCase() + " " + payment.status());
                    }
                    String reason = "returned by the beneficiary's bank";
                    bank.updatePayment(id, RETURNED, reason, now);
                    notify(bank, RailEvent.PAYOUT_RETURNED, id, reason, now);
                }
                default -> throw new IllegalArgumentException("the sandbox bank knows settle, fail and return, not '"
                        + action + "'");
            }
            return (payout ? "payout " : "top-up ") + id + ": " + action + " sent to Drop";
        });
    }

    private static void waiting(PaymentRow payment) {
        if (!PENDING.equals(payment.status())) {
            throw new IllegalArgumentException("the " + payment.kind().toLowerCase() + " " + payment.reference() + " is "
                    + payment.status() + ", not waiting for an operator");
        }
    }

    private static RailOutcome outcome(PaymentRow payment) {
        if (FAILED.equals(payment.status())) {
            return RailOutcome.failed(payment.reason());
        }
        boolean settledAtOnce = PaymentRow.TOPUP.equals(payment.kind()) && SETTLED.equals(payment.status());
        return settledAtOnce ? RailOutcome.settled() : RailOutcome.pending();
    }

    private static void record(BankMapper bank, UUID reference, String kind, Money amount, String iban, String name,
                               String status, String reason, Instant now) {
        bank.insertPayment(new PaymentRow(reference, kind, amount.amount(), amount.currency().getCurrencyCode(), iban, name,
                status, reason, now, now));
    }

    private static void notify(BankMapper bank, RailEvent event, UUID reference, String reason, Instant due) {
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        bank.insertCallback(new CallbackRow(id, reference, BankMessages.payload(event, reference, reason), due, 0, null, null));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
