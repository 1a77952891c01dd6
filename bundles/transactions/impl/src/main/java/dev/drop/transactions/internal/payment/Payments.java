package dev.drop.transactions.internal.payment;

import dev.drop.merchants.Merchant;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.paging.Cursor;
import dev.drop.platform.paging.Page;
import dev.drop.platform.paging.PageRequest;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Owner;
import dev.drop.transactions.TransferRequest;
import dev.drop.transactions.internal.MovementEvents;
import dev.drop.transactions.internal.ledger.StoredLedger;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.PaymentMapper;
import dev.drop.transactions.internal.persistence.PaymentRequestRow;
import dev.drop.transactions.internal.persistence.PaymentRow;
import dev.drop.transactions.internal.wallet.Spending;
import dev.drop.transactions.internal.wallet.Wallets;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Paying a request from a wallet: one linked chain (payer to merchant, the fee from the merchant to the platform), the
 * payment row and the request marked paid, all in the caller's transaction. The request's row lock decides races: of
 * two payers, the second finds it paid.
 */
@Component(service = Payments.class)
public final class Payments {

    static final ProblemType NOT_PAYABLE = ProblemType.of("payment-request-not-payable", "Payment request not payable", 409);

    private final StoredLedger ledger;
    private final Transactions transactions;
    private final Wallets wallets;
    private final Spending spending;
    private final PaymentRequests requests;
    private final PaymentSettings settings;
    private final EventOutbox outbox;

    @Activate
    public Payments(@Reference StoredLedger ledger, @Reference LedgerStore store, @Reference Wallets wallets,
                    @Reference Spending spending, @Reference PaymentRequests requests, @Reference PaymentSettings settings,
                    @Reference EventOutbox outbox) {
        this.ledger = ledger;
        this.transactions = store.transactions();
        this.wallets = wallets;
        this.spending = spending;
        this.requests = requests;
        this.settings = settings;
        this.outbox = outbox;
    }

    public static void validateWallet(UUID walletId) {
        if (walletId == null) {
            throw ProblemType.VALIDATION.exception("Name the wallet to pay from.", List.of(new FieldError("walletId",
                    "is required")));
        }
    }

    /** Pays request {@code requestId} from the payer's wallet, under the idempotent request's id. */
    public PaymentRow pay(SqlSession session, UUID id, UUID payer, UUID requestId, UUID walletId) {
        validateWallet(walletId);
        PaymentMapper mapper = session.getMapper(PaymentMapper.class);
        PaymentRequestRow request = mapper.lockRequest(requestId).orElseThrow(() -> PaymentRequests.notFound(requestId));
        RequestStatus status = requests.statusOf(request);
        if (status != RequestStatus.OPEN) {
            throw NOT_PAYABLE.exception("The payment request is " + status.name().toLowerCase() + " and cannot be paid.");
        }
        Money amount = Money.of(request.amount(), request.currency());
        Money fee = settings.feeOn(amount);
        Account wallet = ledger.account(session, walletId).filter(account -> Wallets.isWalletOf(account, payer))
                .orElseThrow(() -> Wallets.notFound(walletId));
        if (!wallet.currency().equals(amount.currency())) {
            throw ProblemType.UNPROCESSABLE.exception("The request is in " + amount.currency().getCurrencyCode()
                    + "; pay it from a wallet in that currency.", List.of(new FieldError("walletId", "holds "
                    + wallet.currency().getCurrencyCode())));
        }
        wallets.limits().checkSingle(amount, "amount");
        UUID merchantAccount = ledger.openIn(session, Owner.merchant(request.merchantId()), AccountKind.MERCHANT,
                amount.currency()).account().id();
        List<UUID> accounts = new ArrayList<>(List.of(walletId, merchantAccount));
        List<TransferRequest> chain = new ArrayList<>();
        chain.add(TransferRequest.posted(id, walletId, merchantAccount, amount, "payment", request.reference()));
        if (fee.amount() > 0) {
            UUID fees = ledger.openIn(session, Owner.PLATFORM, AccountKind.FEES, amount.currency()).account().id();
            accounts.add(fees);
            chain.add(TransferRequest.posted(feeTransfer(id), merchantAccount, fees, fee, "fee", "fee on payment " + id));
        }
        Instant now = requests.now();
        spending.add(session, payer, walletId, amount, now);
        PaymentRow payment = new PaymentRow(id, requestId, request.merchantId(), payer, walletId, amount.amount(),
                request.currency(), fee.amount(), 0, PaymentStatus.PAID.name(), request.reference(), now, now);
        mapper.insertPayment(payment);
        mapper.updateRequestStatus(requestId, RequestStatus.PAID.name(), now);
        outbox.append(session, MovementEvents.paymentPaid(id, requestId, request.merchantId(), amount, fee,
                request.reference(), mapper.linesOf(requestId)));
        // every payment to the merchant (and every fee) takes the same account rows' locks: take them last, so that
        // they are held over the fewest statements; the ledger's conditional updates still refuse an overdraft
        ledger.postNew(session, chain, ledger.lockAccounts(session, accounts).keySet());
        return payment;
    }

    /** Pays a merchant's static counter code with the amount the payer names, under the idempotent request's id. */
    public PaymentRow payCounter(SqlSession session, UUID id, UUID payer, Merchant merchant,
                                 UUID walletId, Money amount) {
        validateWallet(walletId);
        UUID request = UUID.nameUUIDFromBytes(("counter:" + id).getBytes(StandardCharsets.UTF_8));
        requests.createForCounter(session, request, merchant, amount, "user:" + payer);
        return pay(session, id, payer, request, walletId);
    }

    /** A payment of this merchant; any other's is a 404. */
    public PaymentRow ofMerchant(UUID merchant, UUID id) {
        return transactions.query(db -> db.getMapper(PaymentMapper.class).payment(id))
                .filter(row -> row.merchantId().equals(merchant)).orElseThrow(() -> notFound(id));
    }

    /** A payment for the person who paid it; anyone else gets a 404. */
    public PaymentRow ofPayer(UUID payer, UUID id) {
        return transactions.query(db -> db.getMapper(PaymentMapper.class).payment(id))
                .filter(row -> row.payerId().equals(payer)).orElseThrow(() -> notFound(id));
    }

    public Optional<PaymentRow> ofRequest(UUID request) {
        return transactions.query(db -> db.getMapper(PaymentMapper.class).paymentOfRequest(request));
    }

    /** The merchant's payments, newest first, between two instants and of one status (each may be null). */
    public Page<PaymentRow> list(UUID merchant, Instant from, Instant to, PaymentStatus status, PageRequest page) {
        Instant afterPaidAt;
        UUID afterId;
        try {
            afterPaidAt = page.after().map(cursor -> Instant.parse(cursor.key(0))).orElse(null);
            afterId = page.after().map(cursor -> UUID.fromString(cursor.key(1))).orElse(null);
        } catch (RuntimeException notOurs) {
            throw ProblemType.VALIDATION.exception("The cursor is not one this list gave out.",
                    List.of(new FieldError("cursor", "use the nextCursor of the previous page")));
        }
        List<PaymentRow> rows = transactions.query(db -> db.getMapper(PaymentMapper.class).paymentsOf(merchant, from, to,
                status == null ? null : status.name(), afterPaidAt, afterId, page.fetchSize()));
        return Page.fromOverfetch(rows, page, row -> Cursor.of(row.paidAt().toString(), row.id().toString()));
    }

    /** The fee's transfer id, derived from the payment's so a retry derives it again. */
    static UUID feeTransfer(UUID payment) {
        return UUID.nameUUIDFromBytes(("fee:" + payment).getBytes(StandardCharsets.UTF_8));
    }

    static RuntimeException notFound(UUID id) {
        return ProblemType.NOT_FOUND.exception("There is no payment " + id + " that you can see.");
    }
}
