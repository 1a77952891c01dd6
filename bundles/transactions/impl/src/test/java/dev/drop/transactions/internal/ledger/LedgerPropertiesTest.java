package dev.drop.transactions.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drop.platform.money.Money;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.Owner;
import dev.drop.transactions.Posted;
import dev.drop.transactions.Refusal;
import dev.drop.transactions.TransferRefusedException;
import dev.drop.transactions.TransferRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of transfers, holds, posts, voids, retries and expiries, run on the ledger and on {@link LedgerModel}:
 * the same refusals at every step, the same balances at the end, and every invariant holding.
 */
class LedgerPropertiesTest {

    private static final Duration HOLD_TIMEOUT = Duration.ofMinutes(1);

    /** One operation; indices are reduced modulo what exists when it runs. */
    record Op(int kind, int from, int to, long amount, int target, boolean last) {
        @Override
        public String toString() {
            return switch (kind) {
                case 0 -> "transfer " + from + "->" + to + " " + amount;
                case 1 -> "hold " + from + "->" + to + " " + amount;
                case 2 -> "post hold#" + target + " " + amount + (last ? " last" : "");
                case 3 -> "void hold#" + target;
                case 4 -> "retry op#" + target;
                default -> "wait past timeouts";
            };
        }
    }

    @Property(tries = 60)
    void theLedgerAgreesWithItsModel(@ForAll("operations") @Size(min = 1, max = 40) List<Op> operations) {
        LedgerFixture fixture = new LedgerFixture();
        StoredLedger ledger = fixture.ledger;
        List<Account> accounts = List.of(fixture.clearing("SEK"), fixture.wallet("SEK"), fixture.wallet("SEK"),
                fixture.wallet("SEK"), ledger.open(Owner.PLATFORM, AccountKind.FEES, Money.currency("SEK")));
        LedgerModel model = new LedgerModel(true, false, false, false, true);
        List<UUID> holds = new ArrayList<>();
        List<TransferRequest> sent = new ArrayList<>();
        List<Boolean> accepted = new ArrayList<>();

        for (Op op : operations) {
            Instant now = fixture.clock.instant();
            TransferRequest request;
            Refusal expected;
            switch (op.kind()) {
                case 0, 1 -> {
                    int from = op.from() % accounts.size();
                    int to = (from + 1 + op.to() % (accounts.size() - 1)) % accounts.size();
                    boolean hold = op.kind() == 1;
                    UUID id = UUID.randomUUID();
                    request = hold ? TransferRequest.pending(id, accounts.get(from).id(), accounts.get(to).id(),
                            Money.of(op.amount(), "SEK"), HOLD_TIMEOUT, "card", null)
                            : TransferRequest.posted(id, accounts.get(from).id(), accounts.get(to).id(),
                            Money.of(op.amount(), "SEK"), "p2p", null);
                    expected = model.transfer(from, to, op.amount(), hold, id, now, now.plus(HOLD_TIMEOUT));
                    if (hold) {
                        holds.add(id);
                    }
                }
                case 2, 3 -> {
                    if (holds.isEmpty()) {
                        continue;
                    }
                    UUID pending = holds.get(op.target() % holds.size());
                    long part = op.amount() % 300;
                    if (part == 0 && (op.kind() == 3 || !op.last())) {
                        continue; // a post or partial void of nothing that does not close the hold is malformed
                    }
                    if (op.kind() == 2) {
                        request = TransferRequest.post(UUID.randomUUID(), pending, Money.of(part, "SEK"), op.last(), "card", null);
                        expected = model.post(pending, part, op.last(), now);
                    } else if (op.last()) {
                        request = TransferRequest.voiding(UUID.randomUUID(), pending, "card", null);
                        expected = model.voiding(pending, now);
                    } else {
                        request = TransferRequest.releasing(UUID.randomUUID(), pending, Money.of(part, "SEK"), "card", null);
                        expected = model.releasing(pending, part, now);
                    }
                }
                case 4 -> {
                    if (sent.isEmpty()) {
                        continue;
                    }
                    int earlier = op.target() % sent.size();
                    if (accepted.get(earlier)) {
                        Posted again = ledger.post(List.of(sent.get(earlier)));
                        assertThat(again.existed()).as("retrying " + op).isTrue();
                    }
                    continue;
                }
                default -> {
                    fixture.clock.advance(HOLD_TIMEOUT.plusSeconds(1));
                    ledger.expireDue(1000);
                    model.expire(fixture.clock.instant());
                    continue;
                }
            }
            Refusal actual = null;
            try {
                ledger.post(List.of(request));
            } catch (TransferRefusedException refused) {
                actual = refused.refusal();
            }
            assertThat(actual).as(op.toString()).isEqualTo(expected);
            sent.add(request);
            accepted.add(actual == null);
        }

        for (int i = 0; i < accounts.size(); i++) {
            Account account = fixture.account(accounts.get(i).id());
            LedgerModel.Balances modelled = model.accounts[i];
            assertThat(new long[] {account.debitsPosted(), account.creditsPosted(), account.debitsPending(), account.creditsPending()})
                    .as("account " + i).containsExactly(modelled.debitsPosted, modelled.creditsPosted, modelled.debitsPending,
                            modelled.creditsPending);
        }
        assertThat(ledger.verify().problem()).isNull();
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 9), Arbitraries.longs().between(1, 600), Arbitraries.integers().between(0, 50),
                Arbitraries.of(true, false)).as(Op::new);
        return op.list();
    }
}
