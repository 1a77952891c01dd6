package dev.drop.cards.internal.card;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drop.auth.UserDirectory;
import dev.drop.cards.CardEvents;
import dev.drop.cards.internal.persistence.CardRow;
import dev.drop.cards.internal.persistence.CardsMapper;
import dev.drop.cards.internal.persistence.CardsStore;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.event.DomainEvents;
import dev.drop.platform.flag.FlagService;
import dev.drop.platform.flag.FlagSubject;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.AccountStatus;
import dev.drop.transactions.Ledger;
import dev.drop.transactions.Owner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Customers' virtual cards: issued on one of their wallets when the {@code cards.issuing} flag lets them, frozen,
 * unfrozen and closed by them, with controls, and their number revealed to them after they confirm their password.
 */
@Component(service = Cards.class)
public final class Cards {

    public static final String ISSUING_FLAG = "cards.issuing";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REVEAL_WINDOW = Duration.ofMinutes(15);

    private final Transactions transactions;
    private final CardSettings settings;
    private final Ledger ledger;
    private final FlagService flags;
    private final UserDirectory users;
    private final AuditLog audit;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public Cards(@Reference CardsStore store, @Reference CardSettings settings, @Reference Ledger ledger,
                 @Reference FlagService flags, @Reference UserDirectory users, @Reference AuditLog audit,
                 @Reference EventOutbox outbox) {
        this.transactions = store.transactions();
        this.settings = settings;
        this.ledger = ledger;
        this.flags = flags;
        this.users = users;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** What a customer asks to issue. */
    public record NewCard(UUID walletId, String nickname) {
    }

    /** What a customer changes: the status, the nickname, the controls (replaced whole); absent fields stay. */
    public record Change(String status, String nickname, Controls controls) {
    }

    /** A card's number, CVV and expiry, for its owner only. */
    public record Revealed(String pan, String cvv, int expMonth, int expYear) {
    }

    public CardRow issue(Caller caller, UUID user, NewCard request) {
        if (!flags.isEnabled(ISSUING_FLAG, FlagSubject.of(caller, null))) {
            throw ProblemType.FORBIDDEN.exception("Cards are not available to you yet.");
        }
        if (request.walletId() == null) {
            throw ProblemType.VALIDATION.exception("Name the wallet the card pays from.",
                    List.of(new FieldError("walletId", "is required")));
        }
        String nickname = nickname(request.nickname());
        Account wallet = ledger.account(request.walletId())
                .filter(account -> account.kind() == AccountKind.WALLET && account.owner().equals(Owner.user(user)))
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("You have no wallet " + request.walletId() + "."));
        if (wallet.status() != AccountStatus.ACTIVE) {
            throw ProblemType.CONFLICT.exception("The wallet is " + wallet.status().name().toLowerCase() + ".");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        YearMonth expiry = YearMonth.from(now.atZone(ZoneOffset.UTC)).plusYears(settings.validYears());
        CardSecrets secrets = settings.secrets();
        return transactions.inTransaction(db -> {
            CardsMapper mapper = db.getMapper(CardsMapper.class);
            if (mapper.countCardsOf(user) >= settings.maxCardsPerUser()) {
                throw ProblemType.CONFLICT.exception("You hold " + settings.maxCardsPerUser()
                        + " open cards, the most one may; close one first.");
            }
            UUID id = UUID.randomUUID();
            String pan = unusedNumber(mapper, secrets);
            CardSecrets.Sealed sealed = secrets.seal(id, pan);
            CardRow card = new CardRow(id, user, wallet.id(), wallet.currency().getCurrencyCode(), nickname,
                    pan.substring(0, 6), pan.substring(pan.length() - 4), sealed.cipherText(), sealed.keyId(),
                    secrets.lookupHash(pan), expiry.getMonthValue(), expiry.getYear(), CardStatus.ACTIVE.name(),
                    Controls.none().json(wallet.currency()), now, now, 1);
            mapper.insertCard(card);
            outbox.append(db, DomainEvents.create("cards", CardEvents.ISSUED, "card", id.toString(),
                    json(Map.of("cardId", id, "userId", user, "walletId", wallet.id()))));
            Transactions.afterCommit(() -> audit.record("user:" + user, "cards.card.issue", "card:" + id,
                    "issued on wallet " + wallet.id()));
            return card;
        });
    }

    public List<CardRow> list(UUID user) {
        return transactions.read(db -> db.getMapper(CardsMapper.class).cardsOf(user));
    }

    /** The user's card; another's is not found, as if it did not exist. */
    public CardRow find(UUID user, UUID card) {
        return transactions.read(db -> db.getMapper(CardsMapper.class).card(card)).filter(row -> row.userId().equals(user))
                .orElseThrow(() -> ProblemType.NOT_FOUND.exception("You have no card " + card + "."));
    }

    public CardRow change(UUID user, UUID id, Change change, long expectedVersion) {
        Optional<CardStatus> status = Optional.ofNullable(change.status()).map(Cards::status);
        String nickname = change.nickname() == null ? null : nickname(change.nickname());
        return transactions.inTransaction(db -> {
            CardsMapper mapper = db.getMapper(CardsMapper.class);
            CardRow card = mapper.lockCard(id).filter(row -> row.userId().equals(user))
                    .orElseThrow(() -> ProblemType.NOT_FOUND.exception("You have no card " + id + "."));
            if (expectedVersion >= 0 && card.version() != expectedVersion) {
                throw ProblemType.PRECONDITION_FAILED.exception("The card changed since you read it (now version "
                        + card.version() + "); read it again.");
            }
            if (CardStatus.valueOf(card.status()) == CardStatus.CLOSED) {
                throw ProblemType.CONFLICT.exception("The card is closed; a closed card stays closed.");
            }
            Controls controls = change.controls() == null ? Controls.parse(card.controls())
                    : change.controls().validated(Currency.getInstance(card.currency()));
            String newStatus = status.map(Enum::name).orElse(card.status());
            String newNickname = change.nickname() == null ? card.nickname() : nickname;
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            mapper.updateCard(id, newStatus, newNickname, controls.json(Currency.getInstance(card.currency())), now,
                    card.version());
            if (!newStatus.equals(card.status())) {
                Transactions.afterCommit(() -> audit.record("user:" + user, "cards.card.status", "card:" + id,
                        card.status() + " → " + newStatus));
            }
            return mapper.card(id).orElseThrow();
        });
    }

    /**
     * The card's number and CVV, after the user confirmed it is them: with their password, or with a code of their
     * authenticator app when they have one. A wrong answer counts towards a limit per window, after which even the
     * right one waits. Audited without the number.
     */
    public Revealed reveal(UUID user, UUID id, String password, String code) {
        CardRow card = find(user, id);
        Instant now = clock.instant();
        int failures = transactions.read(db -> db.getMapper(CardsMapper.class).failedRevealsSince(user, now.minus(REVEAL_WINDOW)));
        if (failures >= settings.revealAttempts()) {
            throw ProblemType.TOO_MANY_REQUESTS.exception("Too many wrong confirmations: try again in 15 minutes.",
                    Map.of("Retry-After", String.valueOf(REVEAL_WINDOW.toSeconds())));
        }
        boolean withCode = code != null && !code.isBlank();
        if (withCode == (password != null && !password.isEmpty())) {
            throw ProblemType.VALIDATION.exception("Confirm it is you with your password or a code of your "
                    + "authenticator app, one of them.", List.of(new FieldError(withCode ? "code" : "password",
                            withCode ? "is sent without a password" : "or code is required")));
        }
        if (withCode && !users.hasAuthenticator(user)) {
            throw ProblemType.VALIDATION.exception("You have no authenticator app turned on; confirm with your password.",
                    List.of(new FieldError("code", "needs an authenticator app turned on for your account")));
        }
        boolean confirmed = withCode ? users.confirmsAuthenticatorCode(user, code) : users.confirmsPassword(user, password);
        transactions.run(db -> db.getMapper(CardsMapper.class).insertRevealAttempt(user, now, confirmed));
        if (!confirmed) {
            String wrong = withCode ? "wrong or used authenticator code" : "wrong password";
            audit.record("user:" + user, "cards.card.reveal-refused", "card:" + id, wrong);
            throw ProblemType.FORBIDDEN.exception(withCode ? "The code is wrong or was used already." : "The password is wrong.");
        }
        CardSecrets secrets = settings.secrets();
        String pan = secrets.open(card.id(), new CardSecrets.Sealed(card.panCipher(), card.panKeyId()));
        audit.record("user:" + user, "cards.card.reveal", "card:" + id, "number and CVV shown to the card's owner, confirmed "
                + (withCode ? "with an authenticator code" : "with the password"));
        return new Revealed(pan, secrets.cvv(pan, card.expMonth(), card.expYear()), card.expMonth(), card.expYear());
    }

    private String unusedNumber(CardsMapper mapper, CardSecrets secrets) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String pan = CardNumbers.next(settings.bins());
            if (mapper.cardByHash(secrets.lookupHash(pan)).isEmpty()) {
                return pan;
            }
        }
        throw ProblemType.UNAVAILABLE.exception("No unused card number was found; try again.");
    }

    private static CardStatus status(String value) {
        try {
            return CardStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemType.VALIDATION.exception("A card is ACTIVE, FROZEN or CLOSED.",
                    List.of(new FieldError("status", "is ACTIVE, FROZEN or CLOSED")));
        }
    }

    private static String nickname(String nickname) {
        if (nickname == null || nickname.isBlank()) {
            return null;
        }
        if (nickname.strip().length() > 40) {
            throw ProblemType.VALIDATION.exception("A nickname has at most 40 characters.",
                    List.of(new FieldError("nickname", "at most 40 characters")));
        }
        return nickname.strip();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ids are always JSON", e);
        }
    }
}
