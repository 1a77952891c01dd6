package dev.drop.transactions.internal.remit;

import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Owner;
import dev.drop.transactions.PaymentRail;
import dev.drop.transactions.RailOutcome;
import dev.drop.transactions.RailPayout;
import dev.drop.transactions.RailStatus;
import dev.drop.transactions.RailUpdate;
import dev.drop.transactions.ScreeningDecision;
import dev.drop.transactions.ScreeningRequest;
import dev.drop.transactions.TransactionScreening;
import dev.drop.transactions.internal.ledger.StoredLedger;
import dev.drop.transactions.internal.persistence.LedgerStore;
import dev.drop.transactions.internal.persistence.QuoteRow;
import dev.drop.transactions.internal.persistence.RemitMapper;
import dev.drop.transactions.internal.persistence.RemittanceRow;
import dev.drop.transactions.internal.rail.RailRegistry;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A remittance's way after it was created, on every node: the remittances waiting in SCREENING are put to the
 * screening service every couple of seconds (while there is none they wait; held for review, they are asked about
 * again); cleared, one is converted and paid out through the rail under a row lock, so only one node does it; the
 * bank's answer, at once or in a callback, completes it or returns everything to the sender.
 */
@Component(service = RemittanceFlow.class)
public final class RemittanceFlow {

    private static final Logger LOG = LoggerFactory.getLogger(RemittanceFlow.class);
    private static final long PAUSE_MILLIS = 2_000;
    static final String WAITING = "WAITING";
    static final String HELD = "HELD";

    private final Transactions transactions;
    private final StoredLedger ledger;
    private final Remittances remittances;
    private final RailRegistry rails;
    private final Thread worker;
    private final Object signal = new Object();
    private volatile TransactionScreening screening;
    private volatile boolean running = true;

    @Activate
    public RemittanceFlow(@Reference LedgerStore store, @Reference StoredLedger ledger, @Reference Remittances remittances,
                          @Reference RailRegistry rails) {
        this.transactions = store.transactions();
        this.ledger = ledger;
        this.remittances = remittances;
        this.rails = rails;
        this.worker = new Thread(this::run, "drop-remittance-screening");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindScreening(TransactionScreening service) {
        this.screening = service;
        wake();
    }

    void unbindScreening(TransactionScreening service) {
        if (this.screening == service) {
            this.screening = null;
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        wake();
        worker.join(5_000);
    }

    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            try {
                screenWaiting();
            } catch (RuntimeException e) {
                LOG.warn("screening remittances failed; trying again in a moment: {}", e.toString());
            }
            synchronized (signal) {
                try {
                    signal.wait(PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One round over the waiting remittances. */
    void screenWaiting() {
        List<RemittanceRow> waiting = transactions.query(db -> db.getMapper(RemitMapper.class).screening(50));
        for (RemittanceRow row : waiting) {
            TransactionScreening service = screening;
            if (service == null) {
                mark(row, WAITING, "waiting for a screening service; it is never paid out unscreened");
                continue;
            }
            QuoteRow quote = remittances.quoteOf(row);
            ScreeningDecision decision;
            try {
                decision = service.screen(request(row, quote));
            } catch (RuntimeException failure) {
                LOG.warn("the screening service failed on remittance {}: {}", row.id(), failure.toString());
                mark(row, WAITING, "the screening service failed; it is asked again");
                continue;
            }
            switch (decision == null ? ScreeningDecision.Outcome.HOLD : decision.outcome()) {
                case CLEAR -> process(row.id());
                case HOLD -> mark(row, HELD, "held for review" + (decision == null || decision.reason() == null ? ""
                        : ": " + decision.reason()));
                case REJECT -> reject(row.id(), decision.reason());
            }
        }
    }

    /** Notes why the remittance waits, once per reason. */
    private void mark(RemittanceRow row, String screeningState, String note) {
        if (screeningState.equals(row.screening())) {
            return;
        }
        transactions.run(session -> {
            session.getMapper(RemitMapper.class).lockRemittance(row.id())
                    .filter(locked -> RemittanceStatus.SCREENING.name().equals(locked.status()))
                    .ifPresent(locked -> {
                        session.getMapper(RemitMapper.class).updateRemittance(row.id(), locked.status(), screeningState,
                                null, remittances.now());
                        remittances.note(session, row.id(), RemittanceStatus.SCREENING, note, remittances.now());
                    });
        });
    }

    private void reject(UUID id, String reason) {
        transactions.run(session -> locked(session, id, RemittanceStatus.SCREENING).ifPresent(row -> {
            QuoteRow quote = remittances.quoteOf(row);
            ledger.post(session, RemittanceLegs.releaseHolds(id, quote));
            remittances.change(session, row, RemittanceStatus.REJECTED, "REJECTED", "rejected by screening"
                    + (reason == null ? "" : ": " + reason), quote);
        }));
    }

    /** Cleared: the held amount is taken, converted, and sent through the rail; the bank's first answer applies. */
    private void process(UUID id) {
        transactions.run(session -> locked(session, id, RemittanceStatus.SCREENING).ifPresent(row -> {
            QuoteRow quote = remittances.quoteOf(row);
            PaymentRail rail = rails.require(row.rail());
            Money target = Money.of(quote.targetAmount(), quote.targetCurrency());
            UUID fxTarget = ledger.openIn(session, Owner.PLATFORM, AccountKind.FX, target.currency()).account().id();
            UUID clearing = ledger.openIn(session, Owner.rail(rail.name()), AccountKind.CLEARING, target.currency()).account().id();
            ledger.post(session, RemittanceLegs.postHolds(id, quote));
            ledger.post(session, List.of(RemittanceLegs.payoutHold(id, quote, fxTarget, clearing)));
            RemittanceRow processing = remittances.change(session, row, RemittanceStatus.PROCESSING, "CLEARED",
                    "cleared by screening; converted at " + quote.rate() + " and sent through rail " + rail.name(), quote);
            RailOutcome outcome = rail.initiatePayout(new RailPayout(id, target, row.iban(), row.recipientName()));
            if (outcome.status() == RailStatus.SETTLED) {
                complete(session, processing, quote);
            } else if (outcome.status() == RailStatus.FAILED) {
                fail(session, processing, quote, RemittanceStatus.FAILED, outcome.reason());
            }
        }));
    }

    /**
     * Applies a bank's callback about a remittance, in the callback's transaction; false when the reference is not a
     * remittance of that rail.
     */
    public boolean apply(SqlSession session, String rail, RailUpdate update) {
        Optional<RemittanceRow> found = session.getMapper(RemitMapper.class).lockRemittance(update.reference())
                .filter(row -> row.rail().equals(rail));
        if (found.isEmpty()) {
            return false;
        }
        RemittanceRow row = found.get();
        QuoteRow quote = remittances.quoteOf(row);
        RemittanceStatus status = RemittanceStatus.valueOf(row.status());
        switch (update.event()) {
            case PAYOUT_SETTLED -> {
                if (status == RemittanceStatus.PROCESSING) {
                    complete(session, row, quote);
                }
            }
            case PAYOUT_FAILED -> {
                if (status == RemittanceStatus.PROCESSING) {
                    fail(session, row, quote, RemittanceStatus.FAILED, update.reason());
                }
            }
            case PAYOUT_RETURNED -> {
                if (status == RemittanceStatus.PROCESSING) {
                    fail(session, row, quote, RemittanceStatus.FAILED, update.reason());
                } else if (status == RemittanceStatus.COMPLETED) {
                    refund(session, row, quote, update.reason());
                }
            }
            default -> LOG.info("ignored {} for remittance {}", update.event(), row.id());
        }
        return true;
    }

    private void complete(SqlSession session, RemittanceRow row, QuoteRow quote) {
        ledger.post(session, List.of(RemittanceLegs.settlePayout(row.id(), quote)));
        remittances.change(session, row, RemittanceStatus.COMPLETED, row.screening(), "the recipient's bank confirmed "
                + "the payment", quote);
    }

    private void fail(SqlSession session, RemittanceRow row, QuoteRow quote, RemittanceStatus status, String reason) {
        ledger.post(session, List.of(RemittanceLegs.voidPayout(row.id())));
        ledger.post(session, RemittanceLegs.returnSource(row.id(), quote, row.walletId(), fx(session, quote.sourceCurrency()),
                fees(session, quote.sourceCurrency())));
        remittances.change(session, row, status, row.screening(), "the bank did not pay it out"
                + (reason == null ? "" : ": " + reason) + "; everything was returned to the wallet", quote);
    }

    private void refund(SqlSession session, RemittanceRow row, QuoteRow quote, String reason) {
        UUID clearing = ledger.openIn(session, Owner.rail(row.rail()), AccountKind.CLEARING,
                Currency.getInstance(quote.targetCurrency())).account().id();
        ledger.post(session, List.of(RemittanceLegs.targetBack(row.id(), quote, clearing, fx(session, quote.targetCurrency()))));
        ledger.post(session, RemittanceLegs.returnSource(row.id(), quote, row.walletId(), fx(session, quote.sourceCurrency()),
                fees(session, quote.sourceCurrency())));
        remittances.change(session, row, RemittanceStatus.REFUNDED, row.screening(), "returned by the recipient's bank"
                + (reason == null ? "" : ": " + reason) + "; everything was returned to the wallet", quote);
    }

    private UUID fx(SqlSession session, String currency) {
        return ledger.openIn(session, Owner.PLATFORM, AccountKind.FX, Currency.getInstance(currency)).account().id();
    }

    private UUID fees(SqlSession session, String currency) {
        return ledger.openIn(session, Owner.PLATFORM, AccountKind.FEES, Currency.getInstance(currency)).account().id();
    }

    private static Optional<RemittanceRow> locked(SqlSession session, UUID id, RemittanceStatus expected) {
        return session.getMapper(RemitMapper.class).lockRemittance(id).filter(row -> expected.name().equals(row.status()));
    }

    private static ScreeningRequest request(RemittanceRow row, QuoteRow quote) {
        return new ScreeningRequest(row.id(), new ScreeningRequest.Party(row.userId().toString(), null, null, null, null, null),
                new ScreeningRequest.Party(null, row.recipientName(), null, row.iban(), row.country(), row.address()),
                Money.of(quote.sourceAmount(), quote.sourceCurrency()), Money.of(quote.targetAmount(), quote.targetCurrency()),
                row.purpose());
    }
}
