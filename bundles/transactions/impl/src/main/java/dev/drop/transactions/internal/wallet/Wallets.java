package dev.drop.transactions.internal.wallet;

import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Owner;
import dev.drop.transactions.internal.MovementEvents;
import dev.drop.transactions.internal.ledger.StoredLedger;
import dev.drop.transactions.internal.persistence.LedgerStore;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Customers' wallets: one per currency per user, on the ledger as WALLET accounts. Nobody sees another's. */
@Component(service = Wallets.class)
public final class Wallets {

    private final Transactions transactions;
    private final StoredLedger ledger;
    private final EventOutbox outbox;
    private final Limits limits;

    @Activate
    public Wallets(@Reference LedgerStore store, @Reference StoredLedger ledger, @Reference EventOutbox outbox,
                   @Reference Settings settings) {
        this.transactions = store.transactions();
        this.ledger = ledger;
        this.outbox = outbox;
        this.limits = settings.limits();
    }

    /** Opens the user's wallet in a currency; a second one in the same currency is a 409 problem. */
    public Account open(UUID user, String currencyCode) {
        Currency currency = currency(currencyCode);
        if (ledger.find(Owner.user(user), AccountKind.WALLET, currency).isPresent()) {
            throw ProblemType.CONFLICT.exception("You have a " + currency.getCurrencyCode() + " wallet already; there is "
                    + "one wallet per currency.");
        }
        return transactions.inTransaction(session -> openIn(session, user, currency));
    }

    /** The user's wallet in a currency, opened in the caller's transaction if there is none (a first payment to them). */
    public Account openIn(SqlSession session, UUID user, Currency currency) {
        StoredLedger.Opened wallet = ledger.openIn(session, Owner.user(user), AccountKind.WALLET, currency);
        if (wallet.created()) {
            outbox.append(session, MovementEvents.walletOpened(wallet.account().id(), user, currency.getCurrencyCode()));
        }
        return wallet.account();
    }

    public List<Account> of(UUID user) {
        return ledger.accounts(Owner.user(user), AccountKind.WALLET, 100);
    }

    /** The user's own wallet; anyone else's, or none, is a 404 that says nothing of whether it exists. */
    public Account owned(UUID user, UUID wallet) {
        return ledger.account(wallet).filter(account -> isWalletOf(account, user))
                .orElseThrow(() -> notFound(wallet));
    }

    /** {@link #owned}, as the caller's transaction sees it. */
    public Account owned(SqlSession session, UUID user, UUID wallet) {
        return ledger.account(session, wallet).filter(account -> isWalletOf(account, user))
                .orElseThrow(() -> notFound(wallet));
    }

    public Limits limits() {
        return limits;
    }

    private Currency currency(String code) {
        Currency currency;
        try {
            currency = Money.currency(code);
        } catch (IllegalArgumentException e) {
            throw ProblemType.VALIDATION.exception("The currency is not valid.", List.of(new FieldError("currency",
                    "must be an ISO 4217 code such as SEK")));
        }
        if (!limits.supports(currency)) {
            throw ProblemType.UNPROCESSABLE.exception("Drop holds no " + currency.getCurrencyCode() + " wallets; it holds "
                    + String.join(", ", limits.currencies().stream().map(Currency::getCurrencyCode).toList()) + ".",
                    List.of(new FieldError("currency", "not offered")));
        }
        return currency;
    }

    public static boolean isWalletOf(Account account, UUID user) {
        return account.kind() == AccountKind.WALLET && account.owner().equals(Owner.user(user));
    }

    public static RuntimeException notFound(UUID wallet) {
        return ProblemType.NOT_FOUND.exception("There is no wallet " + wallet + " that you can see.");
    }
}
