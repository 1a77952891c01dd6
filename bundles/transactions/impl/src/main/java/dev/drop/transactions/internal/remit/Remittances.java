package dev.drop.transactions.internal.remit;

import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Owner;
import dev.drop.transactions.TransferRequest;
import dev.drop.transactions.internal.MovementEvents;
import dev.drop.transactions.internal.ledger.StoredLedger;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.QuoteRow;
import dev.drop.transactions.internal.persistence.RemitMapper;
import dev.drop.transactions.internal.persistence.RemittanceEventRow;
import dev.drop.transactions.internal.persistence.RemittanceRow;
import dev.drop.transactions.internal.wallet.Spending;
import dev.drop.transactions.internal.wallet.Wallets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Money sent abroad at a quoted rate. Creating one holds the quote's source amount on the sender's wallet (three
 * holds: what is converted and the rounding difference towards the FX account, the fee towards FEES) and waits for
 * screening; {@link RemittanceFlow} takes it from there. The sender may cancel while it waits.
 */
@Component(service = Remittances.class)
public final class Remittances {

    static final ProblemType QUOTE_EXPIRED = ProblemType.of("quote-expired", "Quote expired", 409);
    static final String FRESH_QUOTE = "/api/v1/remittances/quotes";

    private final Transactions transactions;
    private final StoredLedger ledger;
    private final Wallets wallets;
    private final Spending spending;
    private final FxSettings settings;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Remittances(@Reference LedgerStore store, @Reference StoredLedger ledger, @Reference Wallets wallets,
                       @Reference Spending spending, @Reference FxSettings settings, @Reference EventOutbox outbox) {
        this.transactions = store.transactions();
        this.ledger = ledger;
        this.wallets = wallets;
        this.spending = spending;
        this.settings = settings;
        this.outbox = outbox;
    }

    /** Creates the remittance under the idempotent request's id, in the caller's transaction. */
    public RemittanceRow create(SqlSession session, UUID id, UUID user, NewRemittance order) {
        NewRemittance checked = order.validated();
        RemitMapper mapper = session.getMapper(RemitMapper.class);
        QuoteRow quote = mapper.quote(checked.quoteId()).filter(row -> row.userId().equals(user))
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("There is no quote " + checked.quoteId() + " that you can see."));
        Instant now = now();
        if (!quote.expiresAt().isAfter(now)) {
            // the link goes in the body too: an idempotent request's kept answer keeps the body, not the headers
            throw new ProblemException(QUOTE_EXPIRED.problem("The quote expired at " + quote.expiresAt() + "; ask for a "
                    + "fresh one at POST /api/v1/remittances/quotes.").with("freshQuote", FRESH_QUOTE),
                    Map.of("Link", "<" + FRESH_QUOTE + ">; rel=\"fresh-quote\""));
        }
        if (mapper.remittanceOfQuote(quote.id()).isPresent()) {
            throw ProblemType.CONFLICT.exception("The quote was used for another remittance; ask for a fresh one.");
        }
        if (!checked.recipient().country().equals(quote.targetCountry())) {
            throw ProblemType.UNPROCESSABLE.exception("The quote is for a recipient in " + quote.targetCountry() + ".");
        }
        Account wallet = wallets.owned(session, user, checked.fromWallet());
        Money source = Money.of(quote.sourceAmount(), quote.sourceCurrency());
        if (!wallet.currency().equals(source.currency())) {
            throw ProblemType.UNPROCESSABLE.exception("The quote is in " + quote.sourceCurrency() + "; send it from a wallet "
                    + "in that currency.");
        }
        UUID fx = ledger.openIn(session, Owner.PLATFORM, AccountKind.FX, source.currency()).account().id();
        UUID fees = ledger.openIn(session, Owner.PLATFORM, AccountKind.FEES, source.currency()).account().id();
        ledger.post(session, RemittanceLegs.holds(id, quote, wallet.id(), fx, fees));
        spending.add(session, user, wallet.id(), source, now);
        RemittanceRow row = new RemittanceRow(id, user, wallet.id(), quote.id(), settings.rail(), checked.recipient().name(),
                checked.recipient().iban(), checked.recipient().country(), checked.recipient().address(), checked.purpose(),
                RemittanceStatus.SCREENING.name(), null, null, now, now);
        mapper.insertRemittance(row);
        note(session, id, RemittanceStatus.SCREENING, "created; the amount is held while the payment is screened", now);
        outbox.append(session, MovementEvents.remittance("created", id, wallet.id(), source,
                Money.of(quote.targetAmount(), quote.targetCurrency())));
        return row;
    }

    /** Cancels a remittance still waiting for screening; once it is processing, the money is on its way. */
    public RemittanceRow cancel(UUID user, UUID id) {
        return transactions.inTransaction(session -> {
            RemitMapper mapper = session.getMapper(RemitMapper.class);
            RemittanceRow row = mapper.lockRemittance(id).filter(found -> found.userId().equals(user))
                    .orElseThrow(() -> notFound(id));
            RemittanceStatus status = RemittanceStatus.valueOf(row.status());
            if (status == RemittanceStatus.CANCELLED) {
                return row;
            }
            if (status != RemittanceStatus.SCREENING) {
                throw ProblemType.CONFLICT.exception("The remittance is " + status.name().toLowerCase()
                        + " and can no longer be cancelled.");
            }
            QuoteRow quote = mapper.quote(row.quoteId()).orElseThrow();
            ledger.post(session, RemittanceLegs.releaseHolds(id, quote));
            return change(session, row, RemittanceStatus.CANCELLED, row.screening(), "cancelled by the sender", quote);
        });
    }

    public RemittanceRow find(UUID user, UUID id) {
        return transactions.query(db -> db.getMapper(RemitMapper.class).remittance(id)).filter(row -> row.userId().equals(user))
                .orElseThrow(() -> notFound(id));
    }

    public QuoteRow quoteOf(RemittanceRow row) {
        return transactions.query(db -> db.getMapper(RemitMapper.class).quote(row.quoteId())).orElseThrow();
    }

    /** The quote as the caller's transaction sees it (a remittance just created with it). */
    public QuoteRow quoteOf(SqlSession session, RemittanceRow row) {
        return session.getMapper(RemitMapper.class).quote(row.quoteId()).orElseThrow();
    }

    public List<RemittanceEventRow> timeline(UUID id) {
        return transactions.query(db -> db.getMapper(RemitMapper.class).eventsOf(id));
    }

    public List<RemittanceRow> list(UUID user, int limit) {
        return transactions.query(db -> db.getMapper(RemitMapper.class).remittancesOf(user, Math.max(1, Math.min(limit, 100))));
    }

    /** Moves the remittance to {@code status}, with a line on its timeline and an event. */
    RemittanceRow change(SqlSession session, RemittanceRow row, RemittanceStatus status, String screening, String note,
                         QuoteRow quote) {
        Instant now = now();
        String reason = status == RemittanceStatus.COMPLETED || status == RemittanceStatus.PROCESSING ? null : note;
        session.getMapper(RemitMapper.class).updateRemittance(row.id(), status.name(), screening, reason, now);
        note(session, row.id(), status, note, now);
        outbox.append(session, MovementEvents.remittance(status.name().toLowerCase(), row.id(), row.walletId(),
                Money.of(quote.sourceAmount(), quote.sourceCurrency()), Money.of(quote.targetAmount(), quote.targetCurrency())));
        return session.getMapper(RemitMapper.class).remittance(row.id()).orElseThrow();
    }

    void note(SqlSession session, UUID remittance, RemittanceStatus status, String note, Instant at) {
        session.getMapper(RemitMapper.class).insertEvent(new RemittanceEventRow(UUID.randomUUID(), remittance,
                status.name(), note, at));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static RuntimeException notFound(UUID id) {
        return ProblemType.NOT_FOUND.exception("There is no remittance " + id + " that you can see.");
    }
}
