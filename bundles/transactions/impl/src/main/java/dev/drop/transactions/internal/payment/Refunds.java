package dev.drop.transactions.internal.payment;

import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Owner;
import dev.drop.transactions.TransferRequest;
import dev.drop.transactions.internal.MovementEvents;
import dev.drop.transactions.internal.ledger.StoredLedger;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.PaymentMapper;
import dev.drop.transactions.internal.persistence.PaymentRow;
import dev.drop.transactions.internal.persistence.RefundRow;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Money a merchant gives back from a payment, to the wallet that paid: in parts or whole, never more in all than was
 * paid. The payment's row lock orders concurrent refunds; the platform's fee stays with the platform.
 */
@Component(service = Refunds.class)
public final class Refunds {

    static final ProblemType OVER_REFUND = ProblemType.of("refund-exceeds-payment", "Refund exceeds payment", 422);

    /** What a merchant gives back, and why. */
    public record NewRefund(Money amount, String reason) {
    }

    private final StoredLedger ledger;
    private final Transactions transactions;
    private final EventOutbox outbox;

    @Activate
    public Refunds(@Reference StoredLedger ledger, @Reference LedgerStore store, @Reference EventOutbox outbox) {
        this.ledger = ledger;
        this.transactions = store.transactions();
        this.outbox = outbox;
    }

    public void validate(NewRefund refund) {
        List<FieldError> errors = new ArrayList<>();
        if (refund.amount() == null) {
            errors.add(new FieldError("amount", "is required"));
        } else if (refund.amount().amount() <= 0) {
            errors.add(new FieldError("amount.amount", "must be above zero"));
        }
        if (refund.reason() == null || refund.reason().isBlank() || refund.reason().length() > 200
                || refund.reason().chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("reason", "1 to 200 characters, no control characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The refund is not valid.", errors);
        }
    }

    /** Refunds part or all of what is left of a payment, under the idempotent request's id. */
    public RefundRow refund(SqlSession session, UUID id, UUID merchant, UUID paymentId, NewRefund refund, String actor) {
        validate(refund);
        PaymentMapper mapper = session.getMapper(PaymentMapper.class);
        PaymentRow payment = mapper.lockPayment(paymentId).filter(row -> row.merchantId().equals(merchant))
                .orElseThrow(() -> Payments.notFound(paymentId));
        if (!refund.amount().currency().getCurrencyCode().equals(payment.currency())) {
            throw ProblemType.UNPROCESSABLE.exception("The payment was in " + payment.currency() + ".",
                    List.of(new FieldError("amount.currency", "must be " + payment.currency())));
        }
        long left = RefundArithmetic.refundable(payment.amount(), payment.refunded());
        if (refund.amount().amount() > left) {
            throw OVER_REFUND.exception("Only " + Money.of(left, payment.currency()).toDecimal().toPlainString() + " "
                    + payment.currency() + " of this payment is left to refund.", List.of(new FieldError("amount.amount",
                    "at most " + left)));
        }
        UUID merchantAccount = ledger.openIn(session, Owner.merchant(merchant), AccountKind.MERCHANT,
                refund.amount().currency()).account().id();
        ledger.lockAccounts(session, List.of(merchantAccount, payment.walletId()));
        ledger.postNew(session, List.of(TransferRequest.posted(id, merchantAccount, payment.walletId(), refund.amount(),
                "refund", refund.reason().strip())), Set.of(merchantAccount, payment.walletId()));
        return record(session, payment, new RefundRow(id, paymentId, merchant, refund.amount().amount(),
                payment.currency(), refund.reason().strip(), actor, now()));
    }

    /** Stores the refund, moves the payment's refunded total on and announces it. */
    private RefundRow record(SqlSession session, PaymentRow payment, RefundRow row) {
        PaymentMapper mapper = session.getMapper(PaymentMapper.class);
        mapper.insertRefund(row);
        long refunded = payment.refunded() + row.amount();
        mapper.updateRefunded(payment.id(), refunded, RefundArithmetic.statusAfter(payment.amount(), refunded).name(),
                row.createdAt());
        outbox.append(session, MovementEvents.refundSucceeded(row.id(), payment.id(), row.merchantId(),
                Money.of(row.amount(), row.currency()), Money.of(refunded, payment.currency())));
        return row;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Gives back all that is left of a payment whose order cannot be fulfilled, with the platform's fee returned to the
     * merchant in the same linked chain: no sale took place. Its id derives from the payment's, so it happens once.
     */
    public Optional<RefundRow> refundUnfulfilled(UUID merchant, UUID paymentId, String reason) {
        UUID id = UUID.nameUUIDFromBytes(("unfulfilled:" + paymentId).getBytes(StandardCharsets.UTF_8));
        return transactions.inTransaction(session -> {
            PaymentMapper mapper = session.getMapper(PaymentMapper.class);
            PaymentRow payment = mapper.lockPayment(paymentId).filter(row -> row.merchantId().equals(merchant))
                    .orElseThrow(() -> Payments.notFound(paymentId));
            if (mapper.refundsOf(paymentId).stream().anyMatch(refund -> refund.id().equals(id))) {
                return Optional.empty();
            }
            long left = RefundArithmetic.refundable(payment.amount(), payment.refunded());
            if (left == 0) {
                return Optional.empty();
            }
            Money fee = Money.of(payment.fee(), payment.currency());
            UUID merchantAccount = ledger.openIn(session, Owner.merchant(merchant), AccountKind.MERCHANT,
                    fee.currency()).account().id();
            List<UUID> accounts = new ArrayList<>(List.of(merchantAccount, payment.walletId()));
            List<TransferRequest> chain = new ArrayList<>();
            if (!fee.isZero()) {
                UUID fees = ledger.openIn(session, Owner.PLATFORM, AccountKind.FEES, fee.currency()).account().id();
                accounts.add(fees);
                chain.add(TransferRequest.posted(UUID.nameUUIDFromBytes(("fee-return:" + paymentId)
                        .getBytes(StandardCharsets.UTF_8)), fees, merchantAccount, fee, "fee", "fee returned on unfulfilled payment " + paymentId));
            }
            chain.add(TransferRequest.posted(id, merchantAccount, payment.walletId(), Money.of(left, payment.currency()),
                    "refund", reason));
            ledger.postNew(session, chain, ledger.lockAccounts(session, accounts).keySet());
            return Optional.of(record(session, payment, new RefundRow(id, paymentId, merchant, left, payment.currency(),
                    reason, "catalog:stock", now())));
        });
    }

    public List<RefundRow> of(UUID payment) {
        return transactions.query(db -> db.getMapper(PaymentMapper.class).refundsOf(payment));
    }
}
