package dev.drop.itests;

import static dev.drop.itests.AuthClient.bearer;
import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItems;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drop.platform.audit.AuditEntry;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.event.EventSubscriber;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Wallets, top-ups, payouts through the sandbox bank, P2P transfers and idempotency over real HTTP against PostgreSQL:
 * every flow, the bank's signed callbacks, refusals on every route, limits, and the rail removed and back live.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TransactionsIT extends DropTestSupport {

    private static final int PER_HOUR = 12;

    @Inject
    private SessionFactory sessions;
    @Inject
    private AuditLog audit;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres(),
                editConfigurationFilePut("etc/dev.drop.rail.sandbox.cfg", ".secret", BankCallbacks.SECRET),
                editConfigurationFilePut("etc/dev.drop.transactions.cfg", "transfersPerHour", String.valueOf(PER_HOUR)));
    }

    private AuthClient ready() {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        awaitModules(api, "transactions", "rail-sandbox");
        return auth;
    }

    @Test
    public void moneyMovesOnceByWalletTopUpAndTransferAndTheStatementShowsEveryLine() throws Exception {
        AuthClient auth = ready();
        EventRecorder events = new EventRecorder("it.money", Set.of("transfer.*", "topup.*", "wallet.*"));
        bundleContext.registerService(EventSubscriber.class, events, null);
        Customer ines = Customer.open(auth, "ines");
        Customer oskar = Customer.open(auth, "oskar");

        assertProblem(ines.post("/api/v1/wallets", "{\"currency\": \"SEK\"}", null), 409, "conflict");
        assertProblem(ines.post("/api/v1/wallets", "{\"currency\": \"XAU\"}", null), 422, "unprocessable");
        Http.Reply euros = ines.post("/api/v1/wallets", "{\"currency\": \"EUR\"}", null);
        assertEquals(euros.toString(), 201, euros.status());

        Http.Reply topUp = ines.topUp(100_000, "top-1");
        assertEquals(topUp.toString(), 201, topUp.status());
        assertEquals("SETTLED", topUp.json().path("status").asText());
        assertThat(topUp.header("Location"), containsString("/api/v1/wallets/" + ines.wallet + "/top-ups/"));
        Http.Reply again = ines.topUp(100_000, "top-1");
        assertEquals(201, again.status());
        assertArrayEquals("a retry gets the kept answer, byte for byte", topUp.bytes(), again.bytes());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertProblem(ines.topUp(100_001, "top-1"), 422, "idempotency-key-reused");
        assertEquals(100_000, ines.balance());

        Http.Reply sent = ines.send(oskar, 2_550, "p2p-1");
        assertEquals(sent.toString(), 201, sent.status());
        JsonNode transfer = sent.json();
        assertEquals("COMPLETED", transfer.path("status").asText());
        assertEquals(oskar.wallet, transfer.path("toWallet").asText());
        assertArrayEquals(sent.bytes(), ines.send(oskar, 2_550, "p2p-1").bytes());
        assertEquals(97_450, ines.balance());
        assertEquals(2_550, oskar.balance());
        String id = transfer.path("id").asText();
        assertEquals(200, oskar.get("/api/v1/transfers/" + id).status());
        Customer stranger = Customer.open(auth, "stranger");
        assertProblem(stranger.get("/api/v1/transfers/" + id), 404, "not-found");

        JsonNode lines = ines.get("/api/v1/wallets/" + ines.wallet + "/transactions").json().path("items");
        assertEquals(2, lines.size());
        assertEquals(-2_550, lines.get(0).path("amount").path("amount").asLong());
        assertEquals(97_450, lines.get(0).path("balanceAfter").path("amount").asLong());
        assertEquals(oskar.email, lines.get(0).path("counterparty").asText());
        assertEquals("thanks", lines.get(0).path("description").asText());
        assertEquals(100_000, lines.get(1).path("balanceAfter").path("amount").asLong());
        JsonNode firstPage = ines.get("/api/v1/wallets/" + ines.wallet + "/transactions?limit=1").json();
        JsonNode secondPage = ines.get("/api/v1/wallets/" + ines.wallet + "/transactions?limit=1&cursor="
                + firstPage.path("nextCursor").asText()).json();
        assertEquals("topup", secondPage.path("items").get(0).path("type").asText());
        assertTrue(secondPage.path("nextCursor").isMissingNode() || secondPage.path("nextCursor").isNull());
        assertEquals(0, ines.get("/api/v1/wallets/" + ines.wallet + "/transactions?to=2020-01-01").json().path("items").size());

        Http.Reply csv = ines.get("/api/v1/wallets/" + ines.wallet + "/transactions/export");
        assertEquals(200, csv.status());
        assertThat(csv.contentType(), startsWith("text/csv"));
        String[] rows = csv.body().split("\r\n");
        assertEquals("date,transfer_id,type,description,counterparty,amount,currency,reserved,balance_after,available_after", rows[0]);
        assertThat(rows[1], containsString(",p2p,thanks," + oskar.email + ",-25.50,SEK,0.00,974.50,974.50"));
        assertThat(rows[2], containsString(",topup,"));

        for (String path : List.of("/api/v1/wallets/" + ines.wallet, "/api/v1/wallets/" + ines.wallet + "/transactions",
                "/api/v1/wallets/" + ines.wallet + "/transactions/export",
                "/api/v1/wallets/" + ines.wallet + "/top-ups/" + topUp.json().path("id").asText())) {
            assertProblem(oskar.get(path), 404, "not-found");
        }
        assertProblem(oskar.post("/api/v1/wallets/" + ines.wallet + "/top-ups", Money.topUp(100), "steal-1"), 404, "not-found");
        assertProblem(oskar.post("/api/v1/transfers", Money.toEmail(ines.wallet, oskar.email, 100), "steal-2"), 404, "not-found");
        assertEquals(97_450, ines.balance());

        JsonNode post = ines.api.get("/api/openapi.json").json().path("paths").path("/v1/transfers").path("post");
        JsonNode key = null;
        for (JsonNode parameter : post.path("parameters")) {
            if (parameter.path("name").asText().equals("Idempotency-Key")) {
                key = parameter;
            }
        }
        assertTrue("OpenAPI documents the Idempotency-Key: " + post, key != null && key.path("required").asBoolean());
        assertThat(key.path("description").asText(), containsString("byte for byte"));
        assertTrue(post.path("responses").has("409"));

        waitFor("the money's events", Duration.ofSeconds(10), () -> events.handled().stream().map(DomainEvent::type)
                .toList().containsAll(List.of("wallet.opened", "topup.settled", "transfer.completed")));
        DomainEvent completed = events.handled().stream().filter(e -> e.type().equals("transfer.completed")).findFirst().orElseThrow();
        assertEquals(id, completed.aggregateId());
        assertThat(completed.payload(), containsString("\"amount\":2550"));
    }

    @Test
    public void theSandboxBankSettlesFailsWaitsAndReturnsByTheAmountsLastDigits() throws Exception {
        AuthClient auth = ready();
        Customer freja = Customer.open(auth, "freja");
        Console console = new Console(sessions);

        Http.Reply refused = freja.topUp(10_013, UUID.randomUUID().toString());
        assertEquals("FAILED", refused.json().path("status").asText());
        assertThat(refused.json().path("failureReason").asText(), containsString("refused"));
        assertEquals(0, freja.balance());

        String waiting = freja.topUp(10_042, UUID.randomUUID().toString()).json().path("id").asText();
        assertEquals("PENDING", topUpStatus(freja, waiting));
        assertEquals(0, freja.balance());
        assertThat(console.run("drop:rail sandbox settle " + waiting), containsString("settle sent to Drop"));
        waitFor("the settled callback", Duration.ofSeconds(20), () -> "SETTLED".equals(topUpStatus(freja, waiting)));
        assertEquals(10_042, freja.balance());
        String failing = freja.topUp(20_042, UUID.randomUUID().toString()).json().path("id").asText();
        console.run("drop:rail sandbox fail " + failing);
        waitFor("the failed callback", Duration.ofSeconds(20), () -> "FAILED".equals(topUpStatus(freja, failing)));
        freja.toppedUp(100_000);
        assertEquals(110_042, freja.balance());

        String settling = freja.payout(10_000, UUID.randomUUID().toString()).json().path("id").asText();
        assertEquals(100_042, freja.available());
        waitFor("the payout to settle", Duration.ofSeconds(20), () -> "SETTLED".equals(payoutStatus(freja, settling)));
        assertEquals(100_042, freja.balance());

        Http.Reply returning = freja.payout(10_066, UUID.randomUUID().toString());
        assertEquals("SENT", returning.json().path("status").asText());
        assertEquals("SE45 **** 7466", returning.json().path("iban").asText());
        String returned = returning.json().path("id").asText();
        waitFor("the payout to come back", Duration.ofSeconds(20), () -> "RETURNED".equals(payoutStatus(freja, returned)));
        assertEquals(100_042, freja.balance());
        assertThat(freja.get("/api/v1/wallets/" + freja.wallet + "/payouts/" + returned).json().path("reason").asText(),
                containsString("closed"));

        assertEquals("FAILED", freja.payout(10_013, UUID.randomUUID().toString()).json().path("status").asText());
        assertEquals(100_042, freja.available());
        String held = freja.payout(30_042, UUID.randomUUID().toString()).json().path("id").asText();
        assertEquals(70_000, freja.available());
        assertEquals(30_042, freja.walletView().path("pending").path("amount").asLong());
        console.run("drop:rail sandbox fail " + held);
        waitFor("the held payout to fail", Duration.ofSeconds(20), () -> "FAILED".equals(payoutStatus(freja, held)));
        assertEquals(100_042, freja.available());
        assertThat(recentActions(), hasItems("rail.settle", "rail.fail"));
        assertThat(console.run("drop:rail list"), containsString("sandbox"));
        assertThat(console.run("drop:ledger verify"), containsString("every invariant holds"));
    }

    @Test
    public void theBanksCallbacksMustBeSignedAndFreshAndChangeThingsOnce() {
        AuthClient auth = ready();
        Customer viggo = Customer.open(auth, "viggo");
        String topUp = viggo.topUp(5_042, UUID.randomUUID().toString()).json().path("id").asText();
        String body = BankCallbacks.body("topup.settled", topUp);
        String path = "/api/v1/rails/sandbox/callbacks";
        long now = Instant.now().getEpochSecond();

        assertProblem(viggo.api.postJson(path, body), 401, "callback-rejected");
        String[] forged = BankCallbacks.headers("msg_forged", now, body, "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY");
        assertProblem(viggo.api.postJson(path, body, forged), 401, "callback-rejected");
        String[] stale = BankCallbacks.headers("msg_stale", now - 3600, body, BankCallbacks.SECRET);
        assertProblem(viggo.api.postJson(path, body, stale), 401, "callback-rejected");
        String[] tampered = BankCallbacks.headers("msg_tampered", now, body, BankCallbacks.SECRET);
        assertProblem(viggo.api.postJson(path, body.replace("settled", "failed"), tampered), 401, "callback-rejected");
        assertEquals("PENDING", topUpStatus(viggo, topUp));

        String[] signed = BankCallbacks.headers("msg_it_" + UUID.randomUUID(), now, body, BankCallbacks.SECRET);
        Http.Reply applied = viggo.api.postJson(path, body, signed);
        assertEquals(applied.toString(), 200, applied.status());
        assertEquals(1, applied.json().path("applied").asInt());
        Http.Reply replayed = viggo.api.postJson(path, body, signed);
        assertEquals(1, replayed.json().path("replayed").asInt());
        assertEquals(5_042, viggo.balance());

        String unknown = BankCallbacks.body("topup.settled", UUID.randomUUID().toString());
        assertProblem(viggo.api.postJson(path, unknown, BankCallbacks.headers("msg_" + UUID.randomUUID(), now, unknown,
                BankCallbacks.SECRET)), 404, "callback-unmatched");
        assertProblem(viggo.api.postJson("/api/v1/rails/nowhere/callbacks", body, signed), 404, "not-found");
    }

    @Test
    public void twentyParallelRequestsWithOneKeyMoveTheMoneyOnce() throws Exception {
        AuthClient auth = ready();
        Customer astrid = Customer.open(auth, "astrid").toppedUp(50_000);
        Customer bo = Customer.open(auth, "bo");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return astrid.send(bo, 1_000, "same-key");
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Http.Reply> reply : replies) {
                Http.Reply answer = reply.get(60, TimeUnit.SECONDS);
                if (answer.status() == 201) {
                    created++;
                } else {
                    assertProblem(answer, 409, "idempotency-key-in-use");
                    assertEquals("1", answer.header("Retry-After"));
                }
            }
            assertTrue("at least one request runs", created >= 1);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(49_000, astrid.balance());
        assertEquals(1_000, bo.balance());
        assertEquals(201, astrid.send(bo, 1_000, "same-key").status());
        assertEquals(1, bo.get("/api/v1/wallets/" + bo.wallet + "/transactions").json().path("items").size());
    }

    @Test
    public void severalPeoplePayingSomeoneNewAtOnceOpenOneWalletForThem() throws Exception {
        AuthClient auth = ready();
        String email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        auth.register(email);
        List<Customer> payers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            payers.add(Customer.open(auth, "payer" + i).toppedUp(1_000));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (Customer payer : payers) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return payer.post("/api/v1/transfers", Money.toEmail(payer.wallet, email, 100), key());
                }));
            }
            start.countDown();
            for (Future<Http.Reply> reply : replies) {
                Http.Reply answer = reply.get(60, TimeUnit.SECONDS);
                assertEquals(answer.toString(), 201, answer.status());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode wallets = auth.api().get("/api/v1/wallets", "Authorization", bearer(auth.login(email))).json().path("items");
        assertEquals(1, wallets.size());
        assertEquals(800, wallets.get(0).path("balance").path("amount").asLong());
    }

    @Test
    public void badInputIsAProblemOnEveryRouteAndChangesNothing() {
        AuthClient auth = ready();
        Customer elsa = Customer.open(auth, "elsa").toppedUp(10_000);
        Customer kim = Customer.open(auth, "kim");
        String w = elsa.wallet;
        String topUps = "/api/v1/wallets/" + w + "/top-ups";
        String payouts = "/api/v1/wallets/" + w + "/payouts";
        String transfers = "/api/v1/transfers";

        for (String route : List.of(topUps, payouts, transfers)) {
            assertProblem(elsa.post(route, "", key()), 400, "validation");
            assertProblem(elsa.post(route, "{\"amount\": ", key()), 400, "malformed-json");
            assertProblem(elsa.post(route, "[]", key()), 400, "validation");
            assertProblem(elsa.post(route, "{\"amount\": " + Money.sek(100) + ", \"owner\": \"me\"}", key()), 400, "validation");
        }
        assertProblem(elsa.post(topUps, Money.topUp(100), null), 400, "idempotency-key-missing");
        assertProblem(elsa.post(topUps, Money.topUp(100), "has spaces"), 400, "validation");
        assertProblem(elsa.post(topUps, Money.topUp(100), "x".repeat(300)), 400, "validation");
        for (String amount : List.of("1.5", "\"100\"", "-100", "0", "99999999999999999999", "true", "null")) {
            String money = "{\"amount\": " + amount + ", \"currency\": \"SEK\"}";
            assertProblem(elsa.post(topUps, "{\"amount\": " + money + "}", key()), 400, "validation", "malformed-json");
            assertProblem(elsa.post(transfers, "{\"fromWallet\": \"" + w + "\", \"to\": {\"email\": \"" + kim.email
                    + "\"}, \"amount\": " + money + "}", key()), 400, "validation", "malformed-json");
        }
        assertProblem(elsa.post(topUps, "{\"amount\": {\"amount\": 100, \"currency\": \"sek\"}}", key()), 400, "validation");
        assertProblem(elsa.post(topUps, "{\"amount\": {\"amount\": 100}}", key()), 400, "validation");
        assertProblem(elsa.post(topUps, "{\"amount\": " + Money.of(100, "EUR") + "}", key()), 422, "unprocessable");
        assertProblem(elsa.post(topUps, "{\"amount\": " + Money.sek(100) + ", \"rail\": \"Bad Rail\"}", key()), 400, "validation");
        assertProblem(elsa.post(topUps, "{\"amount\": " + Money.sek(100) + ", \"rail\": \"swift\"}", key()), 422, "rail-unavailable");
        assertProblem(elsa.post(topUps, Money.topUp(100_000_000), key()), 422, "limit-exceeded");
        assertProblem(elsa.post(payouts, "{\"amount\": " + Money.sek(100) + ", \"iban\": \"SE00 1234\", \"name\": \"E\"}", key()),
                400, "validation");
        assertProblem(elsa.post(payouts, "{\"amount\": " + Money.sek(100) + ", \"iban\": \"SE45 5000 0000 0583 9825 7466\", "
                + "\"name\": \"\"}", key()), 400, "validation");
        assertProblem(elsa.payout(10_001, key()), 422, "insufficient-funds");
        assertProblem(elsa.post(transfers, Money.toEmail(w, "nobody@example.com", 100), key()), 422, "unknown-recipient");
        assertProblem(elsa.post(transfers, Money.toWallet(w, w, 100), key()), 422, "unprocessable");
        assertProblem(elsa.post(transfers, Money.toWallet(w, UUID.randomUUID().toString(), 100), key()), 422, "unknown-recipient");
        assertProblem(elsa.post(transfers, "{\"fromWallet\": \"" + w + "\", \"to\": {}, \"amount\": " + Money.sek(100) + "}",
                key()), 400, "validation");
        assertProblem(elsa.post(transfers, "{\"fromWallet\": \"nope\", \"to\": {\"email\": \"" + kim.email + "\"}, \"amount\": "
                + Money.sek(100) + "}", key()), 400, "validation");
        assertProblem(elsa.post(transfers, Money.toEmail(w, kim.email, 10_001), key()), 422, "insufficient-funds");
        assertProblem(elsa.post("/api/v1/wallets/not-a-uuid/top-ups", Money.topUp(100), key()), 404, "not-found");
        assertProblem(elsa.get("/api/v1/wallets/" + w + "/transactions?cursor=garbage"), 400, "validation");
        assertProblem(elsa.get("/api/v1/wallets/" + w + "/transactions?limit=0"), 400, "validation");
        assertProblem(elsa.get("/api/v1/wallets/" + w + "/transactions?limit=1000"), 400, "validation");
        assertProblem(elsa.get("/api/v1/wallets/" + w + "/transactions?from=yesterday"), 400, "validation");
        assertProblem(elsa.get("/api/v1/wallets/" + w + "/transactions?from=2026-12-03&to=2026-12-01"), 400, "validation");
        assertProblem(elsa.api.postJson(topUps, Money.topUp(100), "Idempotency-Key", key()), 401, "unauthorized");

        assertEquals(10_000, elsa.balance());
        assertEquals(0, kim.balance());
        assertEquals(1, elsa.get("/api/v1/wallets/" + w + "/transactions").json().path("items").size());
    }

    @Test
    public void limitsNameTheLimitAndWhenItResets() {
        AuthClient auth = ready();
        Customer gustav = Customer.open(auth, "gustav").toppedUp(100_000);
        Customer hanna = Customer.open(auth, "hanna");
        // the count is per clock hour: keep the whole test inside one
        waitFor("a moment not right before a full hour", Duration.ofSeconds(40), () ->
                Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)).minusSeconds(30).isAfter(Instant.now()));
        for (int i = 0; i < PER_HOUR; i++) {
            assertEquals(201, gustav.send(hanna, 100, key()).status());
        }
        Http.Reply refused = gustav.send(hanna, 100, "over-the-limit");
        JsonNode problem = assertProblem(refused, 429, "limit-reached");
        assertEquals("transfersPerHour", problem.path("limit").asText());
        Instant resets = Instant.parse(problem.path("resetsAt").asText());
        assertEquals("the count resets at the next full hour", Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)), resets);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3601);
        assertEquals("a refusal that resets is not kept: the same key runs again", 429,
                gustav.send(hanna, 100, "over-the-limit").status());
        JsonNode single = assertProblem(gustav.send(hanna, 10_000_001, key()), 422, "limit-exceeded");
        assertEquals("maxSingle", single.path("limit").asText());
        assertEquals(100_000 - PER_HOUR * 100, gustav.balance());
    }

    @Test
    public void theRailIsRemovedAndInstalledLiveWithClearProblemsMeanwhile() throws Exception {
        AuthClient auth = ready();
        Customer lo = Customer.open(auth, "lo").toppedUp(1_000);
        Console console = new Console(sessions);
        assertThat(console.run("drop:module disable rail-sandbox --reason 'rail maintenance'"), containsString("disabled"));
        try {
            assertProblem(lo.topUp(500, key()), 503, "rail-not-installed");
            assertProblem(lo.post("/api/v1/wallets/" + lo.wallet + "/top-ups", "{\"amount\": " + Money.sek(500)
                    + ", \"rail\": \"sandbox\"}", key()), 422, "rail-unavailable");
            assertProblem(lo.api.postJson("/api/v1/rails/sandbox/callbacks", "{}"), 404, "not-found");
            assertEquals("wallets keep serving without the rail", 1_000, lo.balance());
        } finally {
            assertThat(console.run("drop:module enable rail-sandbox --reason 'rail back'"), containsString("active"));
        }
        lo.toppedUp(500);
        assertEquals(1_500, lo.balance());
    }

    @Test
    public void operatorsVerifyTheLedgerAndFreezeWalletsAndCustomersCannot() throws Exception {
        AuthClient auth = ready();
        Customer nils = Customer.open(auth, "nils").toppedUp(5_000);
        Customer olga = Customer.open(auth, "olga").toppedUp(5_000);
        assertProblem(nils.get("/api/v1/admin/ledger/verify"), 403, "forbidden");
        String email = "operator-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        RoleGrants.grant(sessions, auth.register(email), "OPERATOR");
        String operator = bearer(auth.login(email));
        JsonNode verified = nils.api.get("/api/v1/admin/ledger/verify", "Authorization", operator).json();
        assertTrue(verified.toString(), verified.path("holds").asBoolean());
        assertThat(verified.path("checks").toString(), containsString("SEK: the balances of"));
        assertTrue(verified.path("transfers").asLong() >= 2);
        assertEquals(200, nils.api.get("/api/v1/rails", "Authorization", operator).status());

        Console console = new Console(sessions);
        assertThat(console.run("drop:ledger accounts --kind CLEARING"), containsString("rail:sandbox"));
        assertThat(console.run("drop:ledger account " + nils.wallet), containsString("balance   50.00 SEK"));
        console.run("drop:ledger freeze " + nils.wallet + " --reason 'fraud review'");
        assertEquals("FROZEN", nils.walletView().path("status").asText());
        assertProblem(nils.send(olga, 100, key()), 422, "account-frozen");
        assertProblem(olga.post("/api/v1/transfers", Money.toWallet(olga.wallet, nils.wallet, 100), key()), 422,
                "recipient-unavailable");
        console.run("drop:ledger unfreeze " + nils.wallet + " --reason 'cleared'");
        assertEquals(201, nils.send(olga, 100, key()).status());
        assertThat(recentActions(), hasItems("ledger.account.status"));
    }

    @Test
    public void aMerchantsStaffSeeItsAccountAndNobodyElseDoes() throws Exception {
        AuthClient auth = ready();
        awaitModules(auth.api(), "merchants");
        Shops.Owner owner = Shops.openShop(auth, "owner-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com",
                Shops.merchant("shop-" + UUID.randomUUID().toString().substring(0, 6)));
        Http.Reply account = auth.api().get("/api/v1/merchants/" + owner.shop() + "/account", "Authorization", owner.bearer());
        assertEquals(account.toString(), 200, account.status());
        assertEquals(0, account.json().path("balance").path("amount").asLong());
        assertEquals("SEK", account.json().path("currency").asText());
        Customer other = Customer.open(auth, "other");
        assertProblem(other.get("/api/v1/merchants/" + owner.shop() + "/account"), 404, "not-found");
        assertProblem(other.get("/api/v1/merchants/" + UUID.randomUUID() + "/account"), 404, "not-found");
    }

    private static String topUpStatus(Customer customer, String topUp) {
        return customer.get("/api/v1/wallets/" + customer.wallet + "/top-ups/" + topUp).json().path("status").asText();
    }

    private static String payoutStatus(Customer customer, String payout) {
        return customer.get("/api/v1/wallets/" + customer.wallet + "/payouts/" + payout).json().path("status").asText();
    }

    private List<String> recentActions() {
        return audit.tail(50).stream().map(AuditEntry::action).toList();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
