package dev.drop.transactions.internal.payment;

import dev.drop.catalog.CatalogPricing;
import dev.drop.catalog.OrderLine;
import dev.drop.catalog.PricedLine;
import dev.drop.merchants.Merchant;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.internal.MovementEvents;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.PaymentMapper;
import dev.drop.transactions.CheckoutLine;
import dev.drop.transactions.internal.persistence.PaymentRequestRow;
import dev.drop.transactions.internal.persistence.RequestLineRow;
import dev.drop.transactions.internal.qr.PaymentCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Merchants asking to be paid: a request with an amount, its dynamic QR code, open until paid, cancelled or expired.
 * A request may sell catalog lines instead, priced by the catalog when it is made: their total is its amount.
 */
@Component(service = PaymentRequests.class)
public final class PaymentRequests {

    static final long MAX_AMOUNT = 9_999_999_999L;
    static final ProblemType MERCHANT_INACTIVE = ProblemType.of("merchant-inactive", "Merchant cannot take payments", 409);

    /** What a merchant asks for: an amount, or lines the catalog prices (and then the amount, if given, must be their total). */
    public record NewRequest(Money amount, String reference, Integer expiresInSeconds, List<CheckoutLine> lines) {
    }

    /** A request as created, with the lines it sells (none for a plain amount). */
    public record Created(PaymentRequestRow row, List<RequestLineRow> lines) {
    }

    private final Transactions transactions;
    private final PaymentProfiles profiles;
    private final PaymentSettings settings;
    private final EventOutbox outbox;
    private final Clock clock;
    /** Present while the catalog module runs; requests with lines need it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CatalogPricing pricing;

    @Activate
    public PaymentRequests(@Reference LedgerStore store, @Reference PaymentProfiles profiles,
                           @Reference PaymentSettings settings, @Reference EventOutbox outbox) {
        this(store.transactions(), profiles, settings, outbox, Clock.systemUTC());
    }

    PaymentRequests(Transactions transactions, PaymentProfiles profiles, PaymentSettings settings, EventOutbox outbox,
                    Clock clock) {
        this.transactions = transactions;
        this.profiles = profiles;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Checks the request's shape before anything is stored (a 400 keeps no idempotency key). */
    public void validate(NewRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.amount() == null && request.lines() == null) {
            errors.add(new FieldError("amount", "is required, unless lines are given"));
        }
        if (request.amount() != null && (request.amount().amount() <= 0 || request.amount().amount() > MAX_AMOUNT)) {
            errors.add(new FieldError("amount.amount", "above zero and at most " + MAX_AMOUNT + " minor units"));
        }
        if (request.lines() != null && request.lines().isEmpty()) {
            errors.add(new FieldError("lines", "at least one line, or leave lines out and give an amount"));
        }
        if (request.reference() != null && (request.reference().length() > 25
                || !request.reference().chars().allMatch(c -> c >= 0x20 && c < 0x7F))) {
            errors.add(new FieldError("reference", "at most 25 printable ASCII characters"));
        }
        Integer seconds = request.expiresInSeconds();
        if (seconds != null && (seconds < 30 || seconds > settings.maxExpiry().toSeconds())) {
            errors.add(new FieldError("expiresInSeconds", "between 30 and " + settings.maxExpiry().toSeconds()));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The payment request is not valid.", errors);
        }
    }

    /** Creates the request under the idempotent request's id, with its QR code's payload and its priced lines. */
    public Created create(SqlSession session, UUID id, Merchant merchant, NewRequest request, String actor) {
        validate(request);
        if (!merchant.isPublic()) {
            throw MERCHANT_INACTIVE.exception("The merchant is " + merchant.status().name().toLowerCase()
                    + " and cannot take payments.");
        }
        List<PricedLine> priced = request.lines() == null ? List.of() : price(merchant, request.lines());
        Money amount = priced.isEmpty() ? request.amount() : total(priced, request.amount(), merchant);
        if (!amount.currency().equals(merchant.currency())) {
            throw ProblemType.UNPROCESSABLE.exception("The merchant takes payments in " + merchant.currency()
                    .getCurrencyCode() + ".", List.of(new FieldError("amount.currency", "must be "
                    + merchant.currency().getCurrencyCode())));
        }
        PaymentProfiles.Profile profile = profiles.require(merchant.id());
        Instant now = now();
        Duration open = request.expiresInSeconds() == null ? settings.defaultExpiry()
                : Duration.ofSeconds(request.expiresInSeconds());
        String reference = request.reference() == null || request.reference().isBlank() ? null : request.reference().strip();
        String payload = PaymentCode.forRequest(id, profile.categoryCode(), amount, merchant.country(),
                merchant.displayName(), profile.city(), reference).encode();
        PaymentRequestRow row = new PaymentRequestRow(id, merchant.id(), amount.amount(),
                amount.currency().getCurrencyCode(), reference, RequestStatus.OPEN.name(), payload,
                now.plus(open), now, actor, now);
        PaymentMapper mapper = session.getMapper(PaymentMapper.class);
        mapper.insertRequest(row);
        List<RequestLineRow> lines = new ArrayList<>();
        for (PricedLine line : priced) {
            RequestLineRow lineRow = new RequestLineRow(id, lines.size(), line.sku(), line.name(), line.quantity(),
                    line.unitPrice().amount());
            mapper.insertLine(lineRow);
            lines.add(lineRow);
        }
        return new Created(row, lines);
    }

    private List<PricedLine> price(Merchant merchant, List<CheckoutLine> lines) {
        CatalogPricing catalog = pricing;
        if (catalog == null) {
            throw ProblemType.UNAVAILABLE.exception("The catalog is unavailable right now, so lines cannot be priced; "
                    + "try again later or give an amount.", Map.of("Retry-After", "30"));
        }
        return catalog.price(merchant.id(), lines.stream()
                .map(line -> line == null ? null : new OrderLine(line.sku(), line.quantity())).toList());
    }

    private static Money total(List<PricedLine> lines, Money stated, Merchant merchant) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).unitPrice().currency().equals(merchant.currency())) {
                throw ProblemType.UNPROCESSABLE.exception("The merchant takes payments in " + merchant.currency()
                        .getCurrencyCode() + ".", List.of(new FieldError("lines[" + i + "].sku", "is priced in "
                        + lines.get(i).unitPrice().currency().getCurrencyCode())));
            }
        }
        Money total = lines.get(0).total();
        for (PricedLine line : lines.subList(1, lines.size())) {
            total = total.plus(line.total());
        }
        if (total.amount() > MAX_AMOUNT) {
            throw ProblemType.UNPROCESSABLE.exception("The order comes to more than one payment may be.",
                    List.of(new FieldError("lines", "at most " + MAX_AMOUNT + " minor units in all")));
        }
        if (stated != null && !stated.equals(total)) {
            throw ProblemType.UNPROCESSABLE.exception("The amount is not what the lines cost.",
                    List.of(new FieldError("amount", "must be the lines' total, " + total.amount() + " "
                            + total.currency().getCurrencyCode() + ", or left out")));
        }
        return total;
    }

    public List<RequestLineRow> lines(UUID request) {
        return transactions.query(db -> db.getMapper(PaymentMapper.class).linesOf(request));
    }

    /**
     * A request a payer makes by paying a merchant's static counter code, paid in the same transaction: the static
     * code is its payload, and it is open only for that moment.
     */
    public PaymentRequestRow createForCounter(SqlSession session, UUID id, Merchant merchant, Money amount, String actor) {
        validate(new NewRequest(amount, null, null, null));
        if (!amount.currency().equals(merchant.currency())) {
            throw ProblemType.UNPROCESSABLE.exception("The merchant takes payments in " + merchant.currency()
                    .getCurrencyCode() + ".", List.of(new FieldError("amount.currency", "must be "
                    + merchant.currency().getCurrencyCode())));
        }
        Instant now = now();
        PaymentRequestRow row = new PaymentRequestRow(id, merchant.id(), amount.amount(), amount.currency().getCurrencyCode(),
                null, RequestStatus.OPEN.name(), counterCode(merchant), now.plusSeconds(60), now, actor, now);
        session.getMapper(PaymentMapper.class).insertRequest(row);
        return row;
    }

    /** The merchant's static code for its counter: it names the merchant, the payer names the amount. */
    public String counterCode(Merchant merchant) {
        PaymentProfiles.Profile profile = profiles.require(merchant.id());
        return PaymentCode.forMerchant(merchant.id(), profile.categoryCode(), merchant.currency(), merchant.country(),
                merchant.displayName(), profile.city()).encode();
    }

    /** A request of this merchant; any other merchant's is a 404. */
    public PaymentRequestRow ofMerchant(UUID merchant, UUID id) {
        return transactions.query(db -> db.getMapper(PaymentMapper.class).request(id))
                .filter(row -> row.merchantId().equals(merchant)).orElseThrow(() -> notFound(id));
    }

    /** A request by id, for a payer who scanned or was sent its code. */
    public PaymentRequestRow find(UUID id) {
        return transactions.query(db -> db.getMapper(PaymentMapper.class).request(id)).orElseThrow(() -> notFound(id));
    }

    public List<PaymentRequestRow> recent(UUID merchant, int limit) {
        return transactions.query(db -> db.getMapper(PaymentMapper.class).requestsOf(merchant, Math.max(1, Math.min(limit, 100))));
    }

    /** Cancels an open request; a paid one is a 409, a cancelled one stays as it is. */
    public PaymentRequestRow cancel(UUID merchant, UUID id) {
        return transactions.inTransaction(db -> {
            PaymentMapper mapper = db.getMapper(PaymentMapper.class);
            PaymentRequestRow row = mapper.lockRequest(id).filter(found -> found.merchantId().equals(merchant))
                    .orElseThrow(() -> notFound(id));
            if (RequestStatus.PAID.name().equals(row.status())) {
                throw ProblemType.CONFLICT.exception("The request is paid; refund the payment instead.");
            }
            if (RequestStatus.CANCELLED.name().equals(row.status())) {
                return row;
            }
            Instant now = now();
            mapper.updateRequestStatus(id, RequestStatus.CANCELLED.name(), now);
            outbox.append(db, MovementEvents.paymentRequestCancelled(id, merchant));
            return mapper.request(id).orElseThrow();
        });
    }

    /** What the request's status is now: an open one past its time has expired. */
    public RequestStatus statusOf(PaymentRequestRow row) {
        RequestStatus stored = RequestStatus.valueOf(row.status());
        return stored == RequestStatus.OPEN && !row.expiresAt().isAfter(now()) ? RequestStatus.EXPIRED : stored;
    }

    public String payUrl(UUID request) {
        return settings.payUrl(request);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static RuntimeException notFound(UUID id) {
        return ProblemType.NOT_FOUND.exception("There is no payment request " + id + ".");
    }
}
