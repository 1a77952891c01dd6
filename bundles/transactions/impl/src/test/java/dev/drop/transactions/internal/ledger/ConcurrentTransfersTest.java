package dev.drop.transactions.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drop.platform.money.Money;
import dev.drop.transactions.Account;
import dev.drop.transactions.Refusal;
import dev.drop.transactions.TransferRefusedException;
import dev.drop.transactions.TransferRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many threads moving money between few wallets: no lost update, no overdraft, no deadlock, nothing created or lost. */
class ConcurrentTransfersTest {

    @Test
    void concurrentTransfersKeepEveryInvariant() throws Exception {
        LedgerFixture fixture = new LedgerFixture();
        StoredLedger ledger = fixture.ledger;
        Account bank = fixture.clearing("SEK");
        List<Account> wallets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Account wallet = fixture.wallet("SEK");
            ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), bank.id(), wallet.id(), Money.of(1_000, "SEK"), "topup", null)));
            wallets.add(wallet);
        }
        AtomicInteger moved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            workers.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 150; i++) {
                    int from = random.nextInt(wallets.size());
                    int to = (from + 1 + random.nextInt(wallets.size() - 1)) % wallets.size();
                    try {
                        ledger.post(List.of(TransferRequest.posted(UUID.randomUUID(), wallets.get(from).id(),
                                wallets.get(to).id(), Money.of(1 + random.nextInt(400), "SEK"), "p2p", null)));
                        moved.incrementAndGet();
                    } catch (TransferRefusedException e) {
                        assertThat(e.refusal()).isEqualTo(Refusal.INSUFFICIENT_FUNDS);
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long total = wallets.stream().mapToLong(wallet -> fixture.account(wallet.id()).balance().amount()).sum();
        assertThat(total).isEqualTo(6_000);
        assertThat(wallets).allSatisfy(wallet -> assertThat(fixture.account(wallet.id()).available().amount()).isNotNegative());
        assertThat(moved.get() + refused.get()).isEqualTo(1_200);
        assertThat(moved.get()).isPositive();
        assertThat(ledger.verify().problem()).isNull();
    }
}
