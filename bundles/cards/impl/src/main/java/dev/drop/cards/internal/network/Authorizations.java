package dev.drop.cards.internal.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.cards.AuthorizationRequest;
import dev.drop.cards.CardEvents;
import dev.drop.cards.internal.card.CardSecrets;
import dev.drop.cards.internal.card.CardSettings;
import dev.drop.cards.internal.card.CardStatus;
import dev.drop.cards.internal.card.Controls;
import dev.drop.cards.internal.persistence.AuthorizationRow;
import dev.drop.cards.internal.persistence.CardRow;
import dev.drop.cards.internal.persistence.CardsMapper;
import dev.drop.cards.internal.persistence.CardsStore;
import dev.drop.cards.internal.persistence.StepRow;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.event.DomainEvents;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.ExchangeRate;
import dev.drop.transactions.Ledger;
import dev.drop.transactions.Owner;
import dev.drop.transactions.Refusal;
import dev.drop.transactions.TransferRefusedException;
import dev.drop.transactions.TransferRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The card network's messages: an authorization, approved with a hold on the card's wallet (a pending ledger transfer
 * with the authorization's id, committed in the same transaction as the record) or declined with a response code and
 * no change to any balance; then its clearings (posting parts of the hold, the final one releasing the rest), its
 * reversal (releasing what is still held) and refunds of what was cleared. While the module is off, the ledger keeps
 * the holds and releases them at their timeout.
 */
@Component(service = Authorizations.class)
public final class Authorizations {

    public static final String AUTHORIZED = "AUTHORIZED";
    public static final String PARTIALLY_CLEARED = "PARTIALLY_CLEARED";
    public static final String CLEARED = "CLEARED";
    public static final String REVERSED = "REVERSED";
    public static final String DECLINED = "DECLINED";
    /**
     * The card network's side of holds is spread over this many clearing accounts per currency (by authorization), so
     * that authorizations on different wallets never wait on one shared row; together they are the network's position.
     */
    static final int NETWORK_SHARDS = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CardsStore store;
    private final CardSettings settings;
    private final Ledger ledger;
    private final Rules rules;
    private final ExchangeRates rates;
    private final EventOutbox outbox;
    private final Clock clock;
    private final Map<String, UUID> networkAccounts = new ConcurrentHashMap<>();

    @Activate
    public Authorizations(@Reference CardsStore store, @Reference CardSettings settings, @Reference Ledger ledger,
                          @Reference Rules rules, @Reference ExchangeRates rates, @Reference EventOutbox outbox) {
        this(store, settings, ledger, rules, rates, outbox, Clock.systemUTC());
    }

    Authorizations(CardsStore store, CardSettings settings, Ledger ledger, Rules rules, ExchangeRates rates,
                   EventOutbox outbox, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.ledger = ledger;
        this.rules = rules;
        this.rates = rates;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a clearing, reversal or refund asks for; an absent amount is everything there is. */
    public record StepInput(Money amount, Boolean last) {
    }

    /** Decides an authorization, in the caller's transaction, under the id the request was given. */
    public AuthorizationRow authorize(SqlSession db, UUID id, AuthorizationInput input) {
        input.validated();
        CardsMapper mapper = db.getMapper(CardsMapper.class);
        CardSecrets secrets = settings.secrets();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<CardRow> found = mapper.lockCardByHash(secrets.lookupHash(input.pan()));
        if (found.isEmpty()) {
            return record(db, declined(id, null, input, null, Decline.unknownCard(), now));
        }
        CardRow card = found.get();
        Decision decision = decide(mapper, card, input, now);
        if (decision.decline() != null) {
            return record(db, declined(id, card.id(), input, card.currency(), decision.decline(), now));
        }
        Optional<Decline> refusedHold = hold(db, id, card, decision.held(), input);
        if (refusedHold.isPresent()) {
            return record(db, declined(id, card.id(), input, card.currency(), refusedHold.get(), now));
        }
        return record(db, new AuthorizationRow(id, card.id(), true, Decline.APPROVED, "approved", input.amount().amount(),
                input.amount().currency().getCurrencyCode(), decision.held(), card.currency(), decision.rate(),
                input.merchant().name().strip(), input.merchant().mcc(), input.merchant().country(), input.channel(),
                AUTHORIZED, 0, 0, 0, 0, now.plus(settings.hold()), now, 1));
    }

    /** Clears (captures) part or all of what an authorization holds; the last clearing releases the rest. */
    public AuthorizationRow clear(SqlSession db, UUID stepId, UUID authorizationId, StepInput input) {
        CardsMapper mapper = db.getMapper(CardsMapper.class);
        AuthorizationRow authorization = open(mapper, authorizationId);
        long amount = amountOf(input, authorization, authorization.open(), "clear");
        long cleared = authorization.cleared() + amount;
        boolean last = amount == authorization.open() || Boolean.TRUE.equals(input.last());
        Conversion conversion = conversionOf(authorization);
        post(db, TransferRequest.post(stepId, authorizationId, new Money(conversion.part(authorization.cleared(), cleared),
                Currency.getInstance(authorization.walletCurrency())), last, "card.clearing",
                "Card payment to " + authorization.merchantName()));
        mapper.insertStep(new StepRow(stepId, authorizationId, "CLEARING", amount, last, now()));
        mapper.updateAuthorization(authorization.moved(last ? CLEARED : PARTIALLY_CLEARED, cleared,
                authorization.refunded(), authorization.reversed(), authorization.heldReleased()));
        event(db, CardEvents.CLEARED, authorization, amount);
        return mapper.authorization(authorizationId).orElseThrow();
    }

    /**
     * Releases what an authorization still holds, or part of it (the merchant lowered the amount): the rest stays
     * held for clearings. In the wallet's currency a part releases the difference the lower total makes, so what is
     * left always covers clearing all that is left.
     */
    public AuthorizationRow reverse(SqlSession db, UUID stepId, UUID authorizationId, StepInput input) {
        CardsMapper mapper = db.getMapper(CardsMapper.class);
        AuthorizationRow authorization = open(mapper, authorizationId);
        long open = authorization.open();
        long amount = amountOf(input, authorization, open, "reverse");
        boolean all = amount == open;
        long reversed = authorization.reversed() + amount;
        long heldReleased = authorization.heldReleased();
        if (all) {
            post(db, TransferRequest.voiding(stepId, authorizationId, "card.reversal",
                    "Reversed by " + authorization.merchantName()));
        } else {
            Conversion conversion = conversionOf(authorization);
            long release = conversion.part(authorization.amount() - reversed, authorization.amount() - authorization.reversed());
            if (release == 0) {
                throw ProblemType.UNPROCESSABLE.exception("Reversing " + Money.of(amount, authorization.currency())
                        + " releases nothing of the hold in " + authorization.walletCurrency() + " at the recorded rate; "
                        + "reverse more, or clear.");
            }
            heldReleased += release;
            post(db, TransferRequest.releasing(stepId, authorizationId, new Money(release,
                    Currency.getInstance(authorization.walletCurrency())), "card.reversal",
                    "Partly reversed by " + authorization.merchantName()));
        }
        mapper.insertStep(new StepRow(stepId, authorizationId, "REVERSAL", amount, all, now()));
        String status = !all ? authorization.status() : authorization.cleared() == 0 ? REVERSED : CLEARED;
        mapper.updateAuthorization(authorization.moved(status, authorization.cleared(), authorization.refunded(), reversed,
                heldReleased));
        event(db, CardEvents.REVERSED, authorization, amount);
        return mapper.authorization(authorizationId).orElseThrow();
    }

    /** Gives back part or all of what was cleared, to the card's wallet. */
    public AuthorizationRow refund(SqlSession db, UUID stepId, UUID authorizationId, StepInput input) {
        CardsMapper mapper = db.getMapper(CardsMapper.class);
        AuthorizationRow authorization = mapper.lockAuthorization(authorizationId).filter(AuthorizationRow::approved)
                .orElseThrow(() -> notFound(authorizationId));
        long left = authorization.cleared() - authorization.refunded();
        if (left == 0) {
            throw ProblemType.CONFLICT.exception("Nothing of this authorization is cleared and not yet refunded.");
        }
        long amount = amountOf(input, authorization, left, "refund");
        long refunded = authorization.refunded() + amount;
        Conversion conversion = conversionOf(authorization);
        CardRow card = mapper.card(authorization.cardId()).orElseThrow();
        Currency wallet = Currency.getInstance(authorization.walletCurrency());
        post(db, TransferRequest.posted(stepId, network(wallet, authorizationId), card.walletId(),
                new Money(conversion.part(authorization.refunded(), refunded), wallet), "card.refund",
                "Refund from " + authorization.merchantName()));
        mapper.insertStep(new StepRow(stepId, authorizationId, "REFUND", amount, refunded == authorization.cleared(), now()));
        mapper.updateAuthorization(authorization.moved(authorization.status(), authorization.cleared(), refunded,
                authorization.reversed(), authorization.heldReleased()));
        return mapper.authorization(authorizationId).orElseThrow();
    }

    public AuthorizationRow find(UUID id) {
        return store.transactions().read(db -> db.getMapper(CardsMapper.class).authorization(id))
                .orElseThrow(() -> notFound(id));
    }

    public List<StepRow> steps(UUID authorization) {
        return store.transactions().read(db -> db.getMapper(CardsMapper.class).stepsOf(authorization));
    }

    /** The card's latest authorizations, newest first. */
    public List<AuthorizationRow> ofCard(UUID card, int limit) {
        return store.transactions().read(db -> db.getMapper(CardsMapper.class).authorizationsOf(card, limit));
    }

    /** Where an authorization stands now: a hold past its timeout has been released by the ledger. */
    public String statusOf(AuthorizationRow row) {
        boolean holding = AUTHORIZED.equals(row.status()) || PARTIALLY_CLEARED.equals(row.status());
        return holding && row.holdExpiresAt() != null && !row.holdExpiresAt().isAfter(clock.instant()) ? "EXPIRED" : row.status();
    }

    private record Decision(Decline decline, long held, String rate) {
    }

    private Decision decide(CardsMapper mapper, CardRow card, AuthorizationInput input, Instant now) {
        YearMonth expiry = YearMonth.of(card.expYear(), card.expMonth());
        if (card.expMonth() != input.expMonth() || card.expYear() != input.expYear()) {
            return new Decision(Decline.expired("the expiry date does not match the card's"), 0, null);
        }
        if (YearMonth.from(now.atZone(ZoneOffset.UTC)).isAfter(expiry)) {
            return new Decision(Decline.expired("the card expired"), 0, null);
        }
        String cvv = settings.secrets().cvv(input.pan(), card.expMonth(), card.expYear());
        if (!MessageDigest.isEqual(cvv.getBytes(StandardCharsets.US_ASCII), input.cvv().getBytes(StandardCharsets.US_ASCII))) {
            return new Decision(Decline.badCvv(input.channel()), 0, null);
        }
        CardStatus status = CardStatus.valueOf(card.status());
        if (status != CardStatus.ACTIVE) {
            return new Decision(Decline.doNotHonour("the card is " + status.name().toLowerCase()), 0, null);
        }
        Controls controls = Controls.parse(card.controls());
        Optional<String> forbidden = controls.forbids(input.channel(), input.merchant().mcc(), input.merchant().country());
        if (forbidden.isPresent()) {
            return new Decision(Decline.notPermitted(forbidden.get()), 0, null);
        }
        Currency wallet = Currency.getInstance(card.currency());
        Conversion conversion = Conversion.none(wallet);
        String rate = null;
        if (!input.amount().currency().equals(wallet)) {
            Optional<ExchangeRate> found = rates.rate(input.amount().currency(), wallet);
            if (found.isEmpty()) {
                return new Decision(Decline.notPermitted("no exchange rate from " + input.amount().currency() + " to "
                        + wallet), 0, null);
            }
            rate = found.get().rate().toPlainString();
            conversion = new Conversion(input.amount().currency(), wallet, found.get().rate());
        }
        long held = conversion.toWallet(input.amount().amount());
        Optional<Decline> overLimit = limits(mapper, card, controls, held, now);
        if (overLimit.isPresent()) {
            return new Decision(overLimit.get(), 0, null);
        }
        Optional<String> refused = rules.refusal(new AuthorizationRequest(card.id(), card.userId(), input.amount(),
                input.merchant().name(), input.merchant().mcc(), input.merchant().country(), input.channel()));
        if (refused.isPresent()) {
            return new Decision(Decline.doNotHonour(refused.get()), 0, null);
        }
        return new Decision(null, held, rate);
    }

    private static Optional<Decline> limits(CardsMapper mapper, CardRow card, Controls controls, long held, Instant now) {
        if (controls.perAuthorization() != null && held > controls.perAuthorization().amount()) {
            return Optional.of(Decline.overLimit("over the card's limit per payment of " + controls.perAuthorization()));
        }
        Instant day = now.truncatedTo(ChronoUnit.DAYS);
        if (controls.daily() != null && mapper.heldSince(card.id(), day) + held > controls.daily().amount()) {
            return Optional.of(Decline.overLimit("over the card's daily limit of " + controls.daily()));
        }
        Instant month = YearMonth.from(now.atZone(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (controls.monthly() != null && mapper.heldSince(card.id(), month) + held > controls.monthly().amount()) {
            return Optional.of(Decline.overLimit("over the card's monthly limit of " + controls.monthly()));
        }
        return Optional.empty();
    }

    /** Places the hold; a refusal by the ledger (funds, a frozen wallet) declines and leaves nothing written. */
    private Optional<Decline> hold(SqlSession db, UUID id, CardRow card, long held, AuthorizationInput input) {
        Currency wallet = Currency.getInstance(card.currency());
        UUID network = network(wallet, id);
        Connection connection = db.getConnection();
        Savepoint before = savepoint(connection);
        try {
            ledger.post(db, List.of(TransferRequest.pending(id, card.walletId(), network, new Money(held, wallet),
                    settings.hold(), "card.authorization", "Card ••" + card.last4() + " at " + input.merchant().name().strip())));
            return Optional.empty();
        } catch (TransferRefusedException refused) {
            rollback(connection, before);
            return Optional.of(refused.refusal() == Refusal.INSUFFICIENT_FUNDS ? Decline.insufficientFunds()
                    : Decline.doNotHonour("the wallet refused the hold: " + refused.refusal().type().title().toLowerCase()));
        }
    }

    private void post(SqlSession db, TransferRequest transfer) {
        try {
            ledger.post(db, List.of(transfer));
        } catch (TransferRefusedException refused) {
            if (refused.refusal() == Refusal.PENDING_EXPIRED) {
                throw ProblemType.CONFLICT.exception("The authorization's hold has expired; the ledger released it.");
            }
            if (refused.refusal() == Refusal.PENDING_CLOSED) {
                throw ProblemType.CONFLICT.exception("The authorization holds nothing any more.");
            }
            throw refused;
        }
    }

    private UUID network(Currency currency, UUID authorization) {
        int shard = Math.floorMod(authorization.hashCode(), NETWORK_SHARDS);
        return networkAccounts.computeIfAbsent(currency.getCurrencyCode() + "/" + shard,
                key -> ledger.open(networkOwner(shard), AccountKind.CLEARING, currency).id());
    }

    static Owner networkOwner(int shard) {
        return Owner.rail("card-network-" + shard);
    }

    private AuthorizationRow open(CardsMapper mapper, UUID id) {
        AuthorizationRow authorization = mapper.lockAuthorization(id).filter(AuthorizationRow::approved)
                .orElseThrow(() -> notFound(id));
        String status = statusOf(authorization);
        if (!AUTHORIZED.equals(status) && !PARTIALLY_CLEARED.equals(status)) {
            throw ProblemType.CONFLICT.exception("The authorization is " + status.toLowerCase().replace('_', ' ')
                    + "; it holds nothing any more.");
        }
        return authorization;
    }

    private static long amountOf(StepInput input, AuthorizationRow authorization, long left, String verb) {
        if (input == null || input.amount() == null) {
            return left;
        }
        Money amount = input.amount();
        if (!amount.currency().getCurrencyCode().equals(authorization.currency())) {
            throw ProblemType.UNPROCESSABLE.exception("Amounts of this authorization are in " + authorization.currency() + ".");
        }
        if (amount.amount() <= 0 || amount.amount() > left) {
            throw ProblemType.UNPROCESSABLE.exception("One may " + verb + " more than nothing and at most "
                    + Money.of(left, authorization.currency()) + " of this authorization.");
        }
        return amount.amount();
    }

    private static Conversion conversionOf(AuthorizationRow row) {
        return Conversion.of(row.currency(), row.walletCurrency(), row.rate());
    }

    private static AuthorizationRow declined(UUID id, UUID card, AuthorizationInput input, String walletCurrency,
                                             Decline decline, Instant now) {
        return new AuthorizationRow(id, card, false, decline.code(), decline.reason(), input.amount().amount(),
                input.amount().currency().getCurrencyCode(), 0, walletCurrency, null, input.merchant().name().strip(),
                input.merchant().mcc(), input.merchant().country(), input.channel(), DECLINED, 0, 0, 0, 0, null, now, 1);
    }

    private AuthorizationRow record(SqlSession db, AuthorizationRow row) {
        db.getMapper(CardsMapper.class).insertAuthorization(row);
        event(db, row.approved() ? CardEvents.AUTHORIZED : CardEvents.DECLINED, row, row.amount());
        return row;
    }

    private void event(SqlSession db, String type, AuthorizationRow row, long amount) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("authorizationId", row.id());
        if (row.cardId() != null) {
            payload.put("cardId", row.cardId());
        }
        payload.put("amount", Map.of("amount", amount, "currency", row.currency()));
        payload.put("responseCode", row.responseCode());
        try {
            outbox.append(db, DomainEvents.create("cards", type, "authorization", row.id().toString(),
                    JSON.writeValueAsString(payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ids and amounts are always JSON", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemType.NOT_FOUND.exception("There is no approved authorization " + id + ".");
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("the database offers no savepoint", e);
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("the hold's savepoint cannot be rolled back to", e);
        }
    }
}
