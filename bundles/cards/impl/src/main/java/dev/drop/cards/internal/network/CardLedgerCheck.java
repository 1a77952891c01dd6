package dev.drop.cards.internal.network;

import dev.drop.cards.internal.persistence.AuthorizationRow;
import dev.drop.cards.internal.persistence.CardRow;
import dev.drop.cards.internal.persistence.CardsMapper;
import dev.drop.cards.internal.persistence.CardsStore;
import dev.drop.cards.internal.persistence.StepRow;
import dev.drop.platform.paging.Page;
import dev.drop.platform.paging.PageRequest;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Entry;
import dev.drop.transactions.Ledger;
import dev.drop.transactions.Transfer;
import dev.drop.transactions.TransferKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checks the cards' records against the ledger both ways: every approved authorization has its hold (same id, amount,
 * wallet) and every clearing, reversal and refund its transfer; no declined one has a hold; and every hold the card
 * network's accounts took has an approved authorization behind it.
 */
@Component(service = CardLedgerCheck.class)
public final class CardLedgerCheck {

    private static final int BATCH = 500;

    private final CardsStore store;
    private final Ledger ledger;

    @Activate
    public CardLedgerCheck(@Reference CardsStore store, @Reference Ledger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    /** What was checked, and the first disagreement when there is one. */
    public record Result(long authorizations, long steps, long holds, String disagreement) {
        public boolean agrees() {
            return disagreement == null;
        }
    }

    public Result run() {
        long authorizations = 0;
        long steps = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            List<AuthorizationRow> batch = store.transactions().read(db -> db.getMapper(CardsMapper.class)
                    .approvedAuthorizations(from, BATCH));
            for (AuthorizationRow row : batch) {
                authorizations++;
                Optional<String> problem = holdProblem(row);
                if (problem.isPresent()) {
                    return new Result(authorizations, steps, 0, problem.get());
                }
                for (StepRow step : store.transactions().read(db -> db.getMapper(CardsMapper.class).stepsOf(row.id()))) {
                    steps++;
                    if (ledger.transfer(step.id()).isEmpty()) {
                        return new Result(authorizations, steps, 0, "the " + step.kind().toLowerCase() + " " + step.id()
                                + " of authorization " + row.id() + " has no ledger transfer");
                    }
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
        }
        long holds = 0;
        List<Account> networkAccounts = new ArrayList<>();
        for (int shard = 0; shard < Authorizations.NETWORK_SHARDS; shard++) {
            networkAccounts.addAll(ledger.accounts(Authorizations.networkOwner(shard), AccountKind.CLEARING, 100));
        }
        for (Account network : networkAccounts) {
            PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
            while (true) {
                Page<Entry> entries = ledger.entries(network.id(), null, null, page);
                for (Entry entry : entries.items()) {
                    if (entry.kind() != TransferKind.PENDING) {
                        continue;
                    }
                    holds++;
                    Optional<AuthorizationRow> record = store.transactions().read(db -> db.getMapper(CardsMapper.class)
                            .authorization(entry.transferId()));
                    if (record.isEmpty() || !record.get().approved()) {
                        return new Result(authorizations, steps, holds, "the hold " + entry.transferId()
                                + " on the card network's account has no approved authorization");
                    }
                }
                if (entries.nextCursor() == null) {
                    break;
                }
                page = PageRequest.of(entries.nextCursor(), PageRequest.MAX_LIMIT);
            }
        }
        return new Result(authorizations, steps, holds, null);
    }

    private Optional<String> holdProblem(AuthorizationRow row) {
        Optional<Transfer> hold = ledger.transfer(row.id());
        if (hold.isEmpty()) {
            return Optional.of("the approved authorization " + row.id() + " has no hold in the ledger");
        }
        Transfer transfer = hold.get();
        CardRow card = store.transactions().read(db -> db.getMapper(CardsMapper.class).card(row.cardId())).orElseThrow();
        if (transfer.kind() != TransferKind.PENDING || transfer.amount().amount() != row.held()
                || !transfer.debitAccountId().equals(card.walletId())) {
            return Optional.of("the hold of authorization " + row.id() + " is not the " + row.held() + " minor units on "
                    + "wallet " + card.walletId() + " the record says");
        }
        return Optional.empty();
    }
}
