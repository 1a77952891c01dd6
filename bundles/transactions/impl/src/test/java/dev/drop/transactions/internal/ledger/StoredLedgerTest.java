package dev.drop.transactions.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drop.platform.money.Money;
import dev.drop.platform.paging.PageRequest;
import dev.drop.transactions.Account;
import dev.drop.transactions.AccountKind;
import dev.drop.transactions.AccountStatus;
import dev.drop.transactions.Entry;
import dev.drop.transactions.Owner;
import dev.drop.transactions.Posted;
import dev.drop.transactions.Refusal;
import dev.drop.transactions.TransferKind;
import dev.drop.transactions.TransferRefusedException;
import dev.drop.transactions.TransferRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoredLedgerTest {

    private final LedgerFixture fixture = new LedgerFixture();
    private final StoredLedger ledger = fixture.ledger;

    @Test
    void anAccountIsOpenedOncePerOwnerKindAndCurrency() {
        UUID user = UUID.randomUUID();
        Account first = ledger.open(Owner.user(user), AccountKind.WALLET, Money.currency("SEK"));
        Account again = ledger.open(Owner.user(user), AccountKind.WALLET, Money.currency("SEK"));
        fixture.clock.advance(Duration.ofSeconds(1));
        Account euros = ledger.open(Owner.user(user), AccountKind.WALLET, Money.currency("EUR"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(euros.id()).isNotEqualTo(first.id());
        assertThat(first.balance()).isEqualTo(Money.of(0, "SEK"));
        assertThat(ledger.accounts(Owner.user(user), null, 10)).extracting(Account::id).containsExactly(first.id(), euros.id());
    }

    @Test
    void aPostedTransferMovesMoneyAndTheStatementShowsTheBalanceAfterEachLine() {
        Account bank = fixture.clearing("SEK");
        Account alice = fixture.wallet("SEK");
        Account bob = fixture.wallet("SEK");
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), alice.id(), Money.of(10_000, "SEK"), "topup", null)));
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), alice.id(), bob.id(), Money.of(2_550, "SEK"), "p2p", "lunch")));

        assertThat(fixture.account(alice.id()).balance()).isEqualTo(Money.of(7_450, "SEK"));
        assertThat(fixture.account(bob.id()).balance()).isEqualTo(Money.of(2_550, "SEK"));
        assertThat(fixture.account(bank.id()).balance()).isEqualTo(Money.of(-10_000, "SEK"));
        List<Entry> statement = ledger.entries(alice.id(), null, null, PageRequest.first(10)).items();
        assertThat(statement).extracting(Entry::change).containsExactly(Money.of(-2_550, "SEK"), Money.of(10_000, "SEK"));
        assertThat(statement).extracting(Entry::balanceAfter).containsExactly(Money.of(7_450, "SEK"), Money.of(10_000, "SEK"));
        assertThat(statement.get(0).counterpartyId()).isEqualTo(bob.id());
        assertThat(statement.get(0).description()).isEqualTo("lunch");
        assertThat(ledger.verify().holds()).isTrue();
    }

    @Test
    void aWalletIsNeverOverdrawnAndARefusalChangesNothing() {
        Account bank = fixture.clearing("SEK");
        Account alice = fixture.wallet("SEK");
        Account bob = fixture.wallet("SEK");
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), alice.id(), Money.of(500, "SEK"), "topup", null)));

        assertRefused(() -> ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), alice.id(), bob.id(),
                Money.of(501, "SEK"), "p2p", null))), Refusal.INSUFFICIENT_FUNDS, 0);

        assertThat(fixture.account(alice.id()).balance()).isEqualTo(Money.of(500, "SEK"));
        assertThat(fixture.account(bob.id()).balance()).isEqualTo(Money.of(0, "SEK"));
        assertThat(ledger.verify().holds()).isTrue();
    }

    @Test
    void aLinkedChainPostsWholeOrNotAtAll() {
        Account bank = fixture.clearing("SEK");
        Account payer = fixture.wallet("SEK");
        Account shop = fixture.wallet("SEK");
        Account fees = ledger.open(Owner.PLATFORM, AccountKind.FEES, Money.currency("SEK"));
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), payer.id(), Money.of(1_000, "SEK"), "topup", null)));

        assertRefused(() -> ledger.post(List.of(
                TransferRequest.posted(UUID.randomUUID(), payer.id(), shop.id(), Money.of(900, "SEK"), "payment", null),
                TransferRequest.posted(UUID.randomUUID(), payer.id(), fees.id(), Money.of(200, "SEK"), "fee", null))),
                Refusal.INSUFFICIENT_FUNDS, 0);
        assertThat(fixture.account(shop.id()).balance().amount()).isZero();

        Posted paid = ledger.post(List.of(
                TransferRequest.posted(UUID.randomUUID(), payer.id(), shop.id(), Money.of(900, "SEK"), "payment", null),
                TransferRequest.posted(UUID.randomUUID(), payer.id(), fees.id(), Money.of(100, "SEK"), "fee", null)));
        assertThat(paid.transfers()).hasSize(2).extracting(t -> t.chainId()).containsOnly(paid.first().id());
        assertThat(fixture.account(payer.id()).balance().amount()).isZero();
        List<Entry> statement = ledger.entries(payer.id(), null, null, PageRequest.first(10)).items();
        assertThat(statement).extracting(e -> e.balanceAfter().amount()).containsExactly(0L, 100L, 1_000L);
        assertThat(ledger.verify().holds()).isTrue();
    }

    @Test
    void postingAnIdAgainFindsWhatExistsAndOtherContentUnderItIsAConflictNamingTheField() {
        Account bank = fixture.clearing("EUR");
        Account alice = fixture.wallet("EUR");
        UUID id = UUID.randomUUID();
        Posted first = ledger.post(List.of(TransferRequest.posted(id, bank.id(), alice.id(), Money.of(700, "EUR"), "topup", null)));
        Posted again = ledger.post(List.of(TransferRequest.posted(id, bank.id(), alice.id(), Money.of(700, "EUR"), "topup", null)));

        assertThat(first.existed()).isFalse();
        assertThat(again.existed()).isTrue();
        assertThat(again.first()).isEqualTo(first.first());
        assertThat(fixture.account(alice.id()).balance()).isEqualTo(Money.of(700, "EUR"));
        TransferRefusedException conflict = assertRefused(() -> ledger.post(List.of(TransferRequest.posted(id, bank.id(),
                alice.id(), Money.of(701, "EUR"), "topup", null))), Refusal.EXISTS_DIFFERENTLY, 0);
        assertThat(conflict.problem().extensions()).containsEntry("field", "amount");
        assertThat(conflict.problem().status()).isEqualTo(409);
    }

    @Test
    void aHoldReservesMoneyUntilPostedInPartsAndTheLastPostReleasesTheRest() {
        Account bank = fixture.clearing("SEK");
        Account alice = fixture.wallet("SEK");
        Account shop = fixture.wallet("SEK");
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), alice.id(), Money.of(10_000, "SEK"), "topup", null)));
        UUID hold = UUID.randomUUID();
        ledger.post(List.of(TransferRequest.pending(hold, alice.id(), shop.id(), Money.of(6_000, "SEK"), Duration.ofDays(7), "card", null)));

        Account held = fixture.account(alice.id());
        assertThat(held.balance()).isEqualTo(Money.of(10_000, "SEK"));
        assertThat(held.available()).isEqualTo(Money.of(4_000, "SEK"));
        assertThat(held.pending()).isEqualTo(Money.of(6_000, "SEK"));
        assertRefused(() -> ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), alice.id(), shop.id(),
                Money.of(4_001, "SEK"), "p2p", null))), Refusal.INSUFFICIENT_FUNDS, 0);

        ledger.post(List.of(TransferRequest.post(UUID.randomUUID(), hold, Money.of(2_000, "SEK"), false, "card", null)));
        assertRefused(() -> ledger.post(List.of(TransferRequest.post(UUID.randomUUID(), hold, Money.of(4_001, "SEK"), false,
                "card", null))), Refusal.EXCEEDS_PENDING, 0);
        ledger.post(List.of(TransferRequest.post(UUID.randomUUID(), hold, Money.of(1_000, "SEK"), true, "card", null)));

        Account after = fixture.account(alice.id());
        assertThat(after.balance()).isEqualTo(Money.of(7_000, "SEK"));
        assertThat(after.available()).isEqualTo(Money.of(7_000, "SEK"));
        assertThat(after.pending().amount()).isZero();
        assertThat(fixture.account(shop.id()).balance()).isEqualTo(Money.of(3_000, "SEK"));
        assertRefused(() -> ledger.post(List.of(TransferRequest.voiding(UUID.randomUUID(), hold, "card", null))),
                Refusal.PENDING_CLOSED, 0);
        assertThat(ledger.verify().holds()).isTrue();
    }

    @Test
    void aVoidReleasesTheHoldAndMovesNoMoney() {
        Account bank = fixture.clearing("SEK");
        Account alice = fixture.wallet("SEK");
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), alice.id(), Money.of(5_000, "SEK"), "topup", null)));
        UUID hold = UUID.randomUUID();
        ledger.post(List.of(TransferRequest.pending(hold, alice.id(), bank.id(), Money.of(5_000, "SEK"), null, "payout", null)));
        assertThat(fixture.account(alice.id()).available().amount()).isZero();

        Posted voided = ledger.post(List.of(TransferRequest.voiding(UUID.randomUUID(), hold, "payout", null)));

        assertThat(voided.first().kind()).isEqualTo(TransferKind.VOID);
        assertThat(voided.first().released()).isEqualTo(5_000);
        assertThat(fixture.account(alice.id()).available()).isEqualTo(Money.of(5_000, "SEK"));
        assertThat(fixture.account(bank.id()).incoming().amount()).isZero();
        assertThat(ledger.verify().holds()).isTrue();
    }

    @Test
    void aPartialVoidReleasesPartOfTheHoldAndKeepsTheRestReserved() {
        Account bank = fixture.clearing("SEK");
        Account alice = fixture.wallet("SEK");
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), alice.id(), Money.of(5_000, "SEK"), "topup", null)));
        UUID hold = UUID.randomUUID();
        ledger.post(List.of(TransferRequest.pending(hold, alice.id(), bank.id(), Money.of(4_000, "SEK"), Duration.ofDays(7), "card", null)));

        UUID partId = UUID.randomUUID();
        TransferRequest part = TransferRequest.releasing(partId, hold, Money.of(1_500, "SEK"), "card", null);
        Posted released = ledger.post(List.of(part));

        assertThat(released.first().released()).isEqualTo(1_500);
        assertThat(fixture.account(alice.id()).available()).isEqualTo(Money.of(2_500, "SEK"));
        assertThat(ledger.post(List.of(part)).existed()).isTrue();
        TransferRefusedException other = assertRefused(() -> ledger.post(List.of(TransferRequest.releasing(partId, hold,
                Money.of(1_600, "SEK"), "card", null))), Refusal.EXISTS_DIFFERENTLY, 0);
        assertThat(other.problem().extensions()).containsEntry("field", "amount");
        assertRefused(() -> ledger.post(List.of(TransferRequest.releasing(UUID.randomUUID(), hold, Money.of(2_501, "SEK"),
                "card", null))), Refusal.EXCEEDS_PENDING, 0);
        assertRefused(() -> ledger.post(List.of(TransferRequest.releasing(UUID.randomUUID(), hold, Money.of(100, "EUR"),
                "card", null))), Refusal.CURRENCY_MISMATCH, 0);

        ledger.post(List.of(TransferRequest.post(UUID.randomUUID(), hold, Money.of(1_000, "SEK"), false, "card", null)));
        ledger.post(List.of(TransferRequest.releasing(UUID.randomUUID(), hold, Money.of(1_500, "SEK"), "card", null)));

        Account after = fixture.account(alice.id());
        assertThat(after.balance()).isEqualTo(Money.of(4_000, "SEK"));
        assertThat(after.available()).isEqualTo(Money.of(4_000, "SEK"));
        assertRefused(() -> ledger.post(List.of(TransferRequest.voiding(UUID.randomUUID(), hold, "card", null))),
                Refusal.PENDING_CLOSED, 0);
        assertThat(ledger.verify().holds()).isTrue();
    }

    @Test
    void anExpiredHoldIsReleasedOnceByTheLedgerAndCannotBePostedAfterItsTimeout() {
        Account bank = fixture.clearing("SEK");
        Account alice = fixture.wallet("SEK");
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), alice.id(), Money.of(1_000, "SEK"), "topup", null)));
        UUID hold = UUID.randomUUID();
        ledger.post(List.of(TransferRequest.pending(hold, alice.id(), bank.id(), Money.of(800, "SEK"), Duration.ofMinutes(5), "card", null)));

        assertThat(ledger.expireDue(10)).isEmpty();
        fixture.clock.advance(Duration.ofMinutes(5));
        assertRefused(() -> ledger.post(List.of(TransferRequest.post(UUID.randomUUID(), hold, Money.of(800, "SEK"), true,
                "card", null))), Refusal.PENDING_EXPIRED, 0);
        assertThat(ledger.expireDue(10)).hasSize(1);
        assertThat(ledger.expireDue(10)).isEmpty();

        assertThat(fixture.account(alice.id()).available()).isEqualTo(Money.of(1_000, "SEK"));
        assertThat(fixture.events).extracting(e -> e.type()).containsExactly("hold.expired");
        assertRefused(() -> ledger.post(List.of(TransferRequest.voiding(UUID.randomUUID(), hold, "card", null))),
                Refusal.PENDING_CLOSED, 0);
        assertThat(ledger.verify().holds()).isTrue();
    }

    @Test
    void aFrozenAccountTakesMoneyInButLetsNoneOutAndItsHoldsStillClose() {
        Account bank = fixture.clearing("SEK");
        Account alice = fixture.wallet("SEK");
        Account bob = fixture.wallet("SEK");
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), alice.id(), Money.of(1_000, "SEK"), "topup", null)));
        UUID hold = UUID.randomUUID();
        ledger.post(List.of(TransferRequest.pending(hold, alice.id(), bank.id(), Money.of(300, "SEK"), null, "payout", null)));

        ledger.setStatus(alice.id(), AccountStatus.FROZEN, "console:ops", "fraud check");

        assertRefused(() -> ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), alice.id(), bob.id(),
                Money.of(10, "SEK"), "p2p", null))), Refusal.ACCOUNT_FROZEN, 0);
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), alice.id(), Money.of(50, "SEK"), "topup", null)));
        ledger.post(List.of(TransferRequest.post(UUID.randomUUID(), hold, Money.of(300, "SEK"), true, "payout", null)));
        assertThat(fixture.account(alice.id()).balance()).isEqualTo(Money.of(750, "SEK"));
        assertThat(fixture.audited).anyMatch(line -> line.contains("FROZEN; fraud check"));
    }

    @Test
    void currenciesAreNeverMixedAndAmountsKeepTheirCurrencysMinorUnits() {
        Account bank = fixture.clearing("KWD");
        Account kwd = fixture.wallet("KWD");
        Account sek = fixture.wallet("SEK");
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), kwd.id(), Money.parse("1.005", "KWD"), "topup", null)));

        assertThat(fixture.account(kwd.id()).balance().toDecimal().toPlainString()).isEqualTo("1.005");
        assertRefused(() -> ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), kwd.id(), sek.id(),
                Money.of(1, "KWD"), "p2p", null))), Refusal.CURRENCY_MISMATCH, 0);
        assertThatThrownBy(() -> Money.parse("1.001", "JPY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("10.005", "SEK")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedChainsAreRefusedBeforeAnyAccountIsTouched() {
        Account a = fixture.wallet("SEK");
        Account b = fixture.wallet("SEK");
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), fixture.clearing("SEK").id(), a.id(),
                Money.of(100, "SEK"), "topup", null)));
        UUID id = UUID.randomUUID();
        assertRefused(() -> ledger.post(List.of()), Refusal.INVALID, 0);
        assertRefused(() -> ledger.post(List.of(TransferRequest.posted(id, a.id(), a.id(), Money.of(1, "SEK"), "p2p", null))),
                Refusal.INVALID, 0);
        assertRefused(() -> ledger.post(List.of(TransferRequest.posted(id, a.id(), b.id(), Money.of(0, "SEK"), "p2p", null))),
                Refusal.INVALID, 0);
        assertRefused(() -> ledger.post(List.of(TransferRequest.posted(id, a.id(), b.id(), Money.of(-5, "SEK"), "p2p", null))),
                Refusal.INVALID, 0);
        assertRefused(() -> ledger.post(List.of(TransferRequest.posted(id, a.id(), b.id(), Money.of(1, "SEK"), "Not A Code", null))),
                Refusal.INVALID, 0);
        assertRefused(() -> ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), a.id(), UUID.randomUUID(),
                Money.of(1, "SEK"), "p2p", null))), Refusal.ACCOUNT_NOT_FOUND, 0);
        assertRefused(() -> ledger.post(List.of(TransferRequest.post(UUID.randomUUID(), UUID.randomUUID(), Money.of(1, "SEK"),
                true, "card", null))), Refusal.PENDING_NOT_FOUND, 0);
    }

    @Test
    void verificationNamesTheFirstAccountWhoseBalanceDisagreesWithItsTransfers() {
        Account bank = fixture.clearing("SEK");
        Account alice = fixture.wallet("SEK");
        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), alice.id(), Money.of(1_000, "SEK"), "topup", null)));
        assertThat(ledger.verify().holds()).isTrue();
        assertThat(ledger.verify().checks()).anyMatch(check -> check.startsWith("SEK: the balances of 2 accounts sum to 0.00"));

        fixture.tamper(alice.id(), 1_500);

        String problem = ledger.verify().problem();
        assertThat(problem).contains("SEK").contains("sum to zero");
        fixture.tamper(alice.id(), 1_000);
        assertThat(ledger.verify().holds()).isTrue();
    }

    static TransferRefusedException assertRefused(Runnable post, Refusal refusal, int index) {
        try {
            post.run();
        } catch (TransferRefusedException refused) {
            assertThat(refused.refusal()).as(refused.getMessage()).isEqualTo(refusal);
            assertThat(refused.index()).isEqualTo(index);
            assertThat(refused.problem().status()).isBetween(400, 499);
            return refused;
        }
        throw new AssertionError("expected the ledger to refuse with " + refusal);
    }
}
