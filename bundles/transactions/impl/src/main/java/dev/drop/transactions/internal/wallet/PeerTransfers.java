package dev.drop.transactions.internal.wallet;

import dev.drop.auth.UserAccount;
import dev.drop.auth.UserDirectory;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.money.Money;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.AccountStatus;
import dev.drop.transactions.Owner;
import dev.drop.transactions.OwnerType;
import dev.drop.transactions.Transfer;
import dev.drop.transactions.TransferRequest;
import dev.drop.transactions.internal.MovementEvents;
import dev.drop.transactions.internal.ledger.StoredLedger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Money from one Drop user's wallet to another's, in the same currency, at once. */
@Component(service = PeerTransfers.class)
public final class PeerTransfers {

    static final ProblemType UNKNOWN_RECIPIENT = ProblemType.of("unknown-recipient", "Unknown recipient", 422);
    static final ProblemType RECIPIENT_UNAVAILABLE = ProblemType.of("recipient-unavailable", "Recipient cannot receive", 422);

    /** Who receives: a Drop user by e-mail address, or a wallet by id; exactly one. */
    public record Recipient(String email, UUID walletId) {
    }

    /** A transfer to send. */
    public record Order(UUID fromWallet, Recipient to, Money amount, String message) {
    }

    /** A sent transfer as its sender and recipient see it. */
    public record Sent(Transfer transfer, UUID fromWallet, UUID toWallet, String message) {
    }

    private final StoredLedger ledger;
    private final Wallets wallets;
    private final UserDirectory users;
    private final EventOutbox outbox;
    private final Spending spending;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public PeerTransfers(@Reference StoredLedger ledger, @Reference Wallets wallets, @Reference UserDirectory users,
                         @Reference EventOutbox outbox, @Reference Spending spending) {
        this.ledger = ledger;
        this.wallets = wallets;
        this.users = users;
        this.outbox = outbox;
        this.spending = spending;
    }

    /** Checks the order's shape and amount, before any money or account is looked at (a 400 keeps no key). */
    public void validate(Order order) {
        List<FieldError> errors = new ArrayList<>();
        if (order.fromWallet() == null) {
            errors.add(new FieldError("fromWallet", "is required"));
        }
        if (order.to() == null || (order.to().email() == null) == (order.to().walletId() == null)) {
            errors.add(new FieldError("to", "give exactly one of email and walletId"));
        }
        if (order.amount() == null) {
            errors.add(new FieldError("amount", "is required"));
        } else if (order.amount().amount() <= 0) {
            errors.add(new FieldError("amount.amount", "must be above zero"));
        }
        if (order.message() != null && (order.message().length() > 140 || order.message().chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError("message", "at most 140 characters, no control characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The transfer is not valid.", errors);
        }
    }

    /**
     * Sends the transfer in the caller's transaction, under the request's id: both wallets are locked and read in one
     * statement (in the order every transaction locks accounts), checked, and changed.
     */
    public Sent send(SqlSession session, UUID id, UUID sender, Order order) {
        validate(order);
        UUID toWallet = recipientWallet(session, order);
        if (toWallet.equals(order.fromWallet())) {
            throw ProblemType.UNPROCESSABLE.exception("A wallet cannot send money to itself.",
                    List.of(new FieldError("to", "is the sending wallet")));
        }
        Map<UUID, Account> locked = ledger.lockAccounts(session, List.of(order.fromWallet(), toWallet));
        Account from = Optional.ofNullable(locked.get(order.fromWallet())).filter(account -> Wallets.isWalletOf(account, sender))
                .orElseThrow(() -> Wallets.notFound(order.fromWallet()));
        if (!from.currency().equals(order.amount().currency())) {
            throw ProblemType.UNPROCESSABLE.exception("The wallet holds " + from.currency().getCurrencyCode()
                    + "; transfers are in the wallet's currency.", List.of(new FieldError("amount.currency",
                    "must be " + from.currency().getCurrencyCode())));
        }
        wallets.limits().checkSingle(order.amount(), "amount");
        Account to = Optional.ofNullable(locked.get(toWallet))
                .filter(account -> account.kind() == AccountKind.WALLET && account.owner().type() == OwnerType.USER)
                .orElseThrow(() -> UNKNOWN_RECIPIENT.exception("There is no wallet " + toWallet + ".",
                        List.of(new FieldError("to.walletId", "is not a Drop wallet"))));
        if (!to.currency().equals(order.amount().currency())) {
            throw RECIPIENT_UNAVAILABLE.exception("That wallet holds " + to.currency().getCurrencyCode()
                    + "; transfers go between wallets of one currency.");
        }
        if (to.status() != AccountStatus.ACTIVE) {
            throw RECIPIENT_UNAVAILABLE.exception("The recipient's wallet is " + to.status().name().toLowerCase()
                    + " and cannot receive money now.");
        }
        String message = order.message() == null || order.message().isBlank() ? null : order.message().strip();
        Transfer transfer = ledger.postNew(session, List.of(TransferRequest.posted(id, from.id(), to.id(), order.amount(),
                "p2p", message)), locked.keySet()).first();
        spending.add(session, sender, from.id(), order.amount(), clock.instant());
        outbox.append(session, MovementEvents.transferCompleted(transfer.id(), from.id(), to.id(), order.amount()));
        return new Sent(transfer, from.id(), to.id(), message);
    }

    /** A P2P transfer for its sender or recipient; anyone else gets a 404. */
    public Sent find(UUID user, UUID id) {
        Transfer transfer = ledger.transfer(id).filter(found -> "p2p".equals(found.code()))
                .orElseThrow(() -> notFound(id));
        boolean involved = ledger.account(transfer.debitAccountId()).filter(a -> a.owner().equals(Owner.user(user))).isPresent()
                || ledger.account(transfer.creditAccountId()).filter(a -> a.owner().equals(Owner.user(user))).isPresent();
        if (!involved) {
            throw notFound(id);
        }
        return new Sent(transfer, transfer.debitAccountId(), transfer.creditAccountId(), transfer.description());
    }

    /** The recipient's wallet: the one named, or the recipient's in the transfer's currency, opened if need be. */
    private UUID recipientWallet(SqlSession session, Order order) {
        if (order.to().walletId() != null) {
            return order.to().walletId();
        }
        UserAccount recipient = users.findByEmail(order.to().email()).filter(found -> !found.locked())
                .orElseThrow(() -> UNKNOWN_RECIPIENT.exception("Nobody can receive money at " + order.to().email()
                        + " on Drop.", List.of(new FieldError("to.email", "is not a Drop user who can receive money"))));
        return wallets.openIn(session, recipient.id(), order.amount().currency()).id();
    }

    private static RuntimeException notFound(UUID id) {
        return ProblemType.NOT_FOUND.exception("There is no transfer " + id + " that you can see.");
    }
}
