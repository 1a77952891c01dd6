package dev.drop.transactions.internal.payment;

import dev.drop.merchants.Merchant;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.internal.MovementEvents;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.PaymentMapper;
import dev.drop.transactions.internal.persistence.PaymentRequestRow;
import dev.drop.transactions.internal.qr.PaymentCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Merchants asking to be paid: a request with an amount, its dynamic QR code, open until paid, cancelled or expired. */
@Component(service = PaymentRequests.class)
public final class PaymentRequests {

    static final long MAX_AMOUNT = 9_999_999_999L;
    static final ProblemType MERCHANT_INACTIVE = ProblemType.of("merchant-inactive", "Merchant cannot take payments", 409);

    /** What a merchant asks for. */
    public record NewRequest(Money amount, String reference, Integer expiresInSeconds) {
    }

    private final Transactions transactions;
    private final PaymentProfiles profiles;
    private final PaymentSettings settings;
    private final EventOutbox outbox;
    private final Clock clock;

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
        if (request.amount() == null) {
            errors.add(new FieldError("amount", "is required"));
        } else if (request.amount().amount() <= 0 || request.amount().amount() > MAX_AMOUNT) {
            errors.add(new FieldError("amount.amount", "above zero and at most " + MAX_AMOUNT + " minor units"));
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

    /** Creates the request under the idempotent request's id, with its QR code's payload. */
    public PaymentRequestRow create(SqlSession session, UUID id, Merchant merchant, NewRequest request, String actor) {
        validate(request);
        if (!merchant.isPublic()) {
            throw MERCHANT_INACTIVE.exception("The merchant is " + merchant.status().name().toLowerCase()
                    + " and cannot take payments.");
        }
        if (!request.amount().currency().equals(merchant.currency())) {
            throw ProblemType.UNPROCESSABLE.exception("The merchant takes payments in " + merchant.currency()
                    .getCurrencyCode() + ".", List.of(new FieldError("amount.currency", "must be "
                    + merchant.currency().getCurrencyCode())));
        }
        PaymentProfiles.Profile profile = profiles.require(merchant.id());
        Instant now = now();
        Duration open = request.expiresInSeconds() == null ? settings.defaultExpiry()
                : Duration.ofSeconds(request.expiresInSeconds());
        String reference = request.reference() == null || request.reference().isBlank() ? null : request.reference().strip();
        String payload = PaymentCode.forRequest(id, profile.categoryCode(), request.amount(), merchant.country(),
                merchant.displayName(), profile.city(), reference).encode();
        PaymentRequestRow row = new PaymentRequestRow(id, merchant.id(), request.amount().amount(),
                request.amount().currency().getCurrencyCode(), reference, RequestStatus.OPEN.name(), payload,
                now.plus(open), now, actor, now);
        session.getMapper(PaymentMapper.class).insertRequest(row);
        return row;
    }

    /**
     * A request a payer makes by paying a merchant's static counter code, paid in the same transaction: the static
     * code is its payload, and it is open only for that moment.
     */
    public PaymentRequestRow createForCounter(SqlSession session, UUID id, Merchant merchant, Money amount, String actor) {
        validate(new NewRequest(amount, null, null));
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
