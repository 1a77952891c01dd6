package dev.drop.itests;

import static dev.drop.itests.AuthClient.bearer;
import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.url;
import static org.ops4j.pax.exam.CoreOptions.wrappedBundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.ops4j.pax.exam.util.Filter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.UUID;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.osgi.service.cm.ConfigurationAdmin;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Virtual cards over real HTTP against PostgreSQL: the module switched on by an operator, issuing behind its flag, the
 * number revealed only to its owner after the password, and the card network's authorizations as holds on the wallet —
 * each decline once, clearing in parts, reversal, refund, freezing — with the records agreeing with the ledger and no
 * card number or CVV anywhere in the log or the audit trail.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CardsIT extends DropTestSupport {

    @Inject
    private SessionFactory sessions;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Inject
    @Filter("(dataSourceName=drop)")
    private DataSource dataSource;

    @Configuration
    public Option[] config() {
        // the test's authenticator app runs inside the container, where only bundles resolve
        return distribution(onPostgres(), systemProperty(CARDS_JAR).value(System.getProperty(CARDS_JAR)),
                wrappedBundle(url("file:" + System.getProperty("drop.otp.jar"))));
    }

    private static final String CARDS_JAR = "drop.cards.jar";

    private record Network(Http api, String bearer) {
        Http.Reply post(String path, String json, String key) {
            return api.postJson("/api/v1/cards/network/authorizations" + path, json, "Authorization", bearer,
                    "Idempotency-Key", key);
        }
    }

    private static String authorization(JsonNode card, String pan, String cvv, String amount, String mcc, String country,
                                        String channel) {
        return "{\"pan\": \"" + pan + "\", \"expMonth\": " + card.path("expMonth").asInt() + ", \"expYear\": "
                + card.path("expYear").asInt() + ", \"cvv\": \"" + cvv + "\", \"amount\": " + amount + ", \"merchant\": "
                + "{\"name\": \"Café Nord\", \"mcc\": \"" + mcc + "\", \"country\": \"" + country + "\"}, \"channel\": \""
                + channel + "\"}";
    }

    private static String code(Http.Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().path("responseCode").asText();
    }

    @Test
    public void aCustomerIssuesACardAndTheNetworksAuthorizationsHoldClearAndReleaseTheirMoney() throws Exception {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        awaitModules(api, "transactions", "rail-sandbox");
        Console console = new Console(sessions);
        Customer ada = Customer.open(auth, "ada").toppedUp(100_000);
        console.run("drop:module disable cards -r 'off before the pilot'");
        JsonNode off = assertProblem(ada.get("/api/v1/cards"), 404, "module-disabled");
        assertThat(off.path("detail").asText(), containsString("cards"));
        assertThat(console.run("drop:module enable cards -r 'cards pilot'"), containsString("active in"));
        awaitModules(api, "cards");

        assertProblem(ada.post("/api/v1/cards", "{\"walletId\": \"" + ada.wallet + "\"}", null), 403, "forbidden");
        console.run("drop:flag set cards.issuing on --reason 'pilot'");
        console.run("drop:flag rule cards.issuing --users " + ada.userId + " --reason 'first customer'");
        Customer bo = Customer.open(auth, "bo").toppedUp(10_000);
        JsonNode refused = assertProblem(bo.post("/api/v1/cards", "{\"walletId\": \"" + bo.wallet + "\"}", null), 403,
                "forbidden");
        assertThat(refused.path("detail").asText(), containsString("not available to you yet"));
        assertProblem(ada.post("/api/v1/cards", "{\"walletId\": \"" + bo.wallet + "\"}", null), 404, "not-found");
        assertProblem(ada.post("/api/v1/cards", "{\"walletId\": 7}", null), 400, "validation", "malformed-json");
        assertProblem(ada.post("/api/v1/cards", "{\"walletId\": \"" + ada.wallet + "\", \"pan\": \"1\"}", null), 400,
                "validation", "malformed-json");

        Http.Reply issued = ada.post("/api/v1/cards", "{\"walletId\": \"" + ada.wallet + "\", \"nickname\": \"Groceries\"}",
                null);
        assertEquals(issued.toString(), 201, issued.status());
        JsonNode card = issued.json();
        String cardId = card.path("id").asText();
        assertEquals("ACTIVE", card.path("status").asText());
        assertThat(card.path("maskedPan").asText(), containsString("489537******"));
        assertTrue(card.path("pan").isMissingNode());
        assertEquals(1, ada.get("/api/v1/cards").json().path("items").size());
        assertProblem(bo.get("/api/v1/cards/" + cardId), 404, "not-found");

        String reveal = "/api/v1/cards/" + cardId + "/reveal";
        assertProblem(ada.post(reveal, "{\"password\": \"wrong-password-1\"}", null), 403, "forbidden");
        assertProblem(bo.post(reveal, "{\"password\": \"" + AuthClient.PASSWORD + "\"}", null), 404, "not-found");
        Http.Reply revealed = ada.post(reveal, "{\"password\": \"" + AuthClient.PASSWORD + "\"}", null);
        assertEquals(revealed.toString(), 200, revealed.status());
        assertThat(revealed.header("Cache-Control"), containsString("no-store"));
        String pan = revealed.json().path("pan").asText();
        String cvv = revealed.json().path("cvv").asText();
        assertTrue(pan, pan.matches("489537[0-9]{10}") && pan.endsWith(card.path("last4").asText()));
        assertTrue(cvv, cvv.matches("[0-9]{3}"));
        String wrongCvv = String.format("%03d", (Integer.parseInt(cvv) + 1) % 1000);
        assertProblem(ada.post(reveal, "{\"code\": \"123456\"}", null), 400, "validation");
        assertProblem(ada.post(reveal, "{\"password\": \"" + AuthClient.PASSWORD + "\", \"code\": \"123456\"}", null), 400,
                "validation");
        Authenticator app = new Authenticator(ada.post("/api/v1/auth/mfa/totp", "", null).json().path("secret").asText());
        Instant now = Instant.now();
        assertEquals(200, ada.post("/api/v1/auth/mfa/totp/confirm", "{\"code\": \"" + app.code(now) + "\"}", null).status());
        String nextCode = app.code(now.plusSeconds(30));
        Http.Reply byCode = ada.post(reveal, "{\"code\": \"" + nextCode + "\"}", null);
        assertEquals(byCode.toString(), 200, byCode.status());
        assertEquals(pan, byCode.json().path("pan").asText());
        assertProblem(ada.post(reveal, "{\"code\": \"" + nextCode + "\"}", null), 403, "forbidden");

        String operatorEmail = "network-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        RoleGrants.grant(sessions, auth.register(operatorEmail), "OPERATOR");
        Network network = new Network(api, bearer(auth.login(operatorEmail)));
        assertProblem(ada.post("/api/v1/cards/network/authorizations", authorization(card, pan, cvv, Money.sek(100), "5411",
                "SE", "CHIP"), "self-approve"), 403, "forbidden");
        assertProblem(network.post("", "{\"pan\": \"" + pan + "\"}", "bad-1"), 400, "validation");

        assertEquals("14", code(network.post("", authorization(card, "4111111111111111", cvv, Money.sek(100), "5411", "SE",
                "CHIP"), "unknown")));
        assertEquals("54", code(network.post("", authorization(card, pan, cvv, Money.sek(100), "5411", "SE", "CHIP")
                .replace("\"expYear\": " + card.path("expYear").asInt(), "\"expYear\": 2020"), "expired")));
        assertEquals("N7", code(network.post("", authorization(card, pan, wrongCvv, Money.sek(100), "5411", "SE", "ONLINE"),
                "bad-cvv")));
        assertEquals("51", code(network.post("", authorization(card, pan, cvv, Money.sek(200_000), "5411", "SE", "CHIP"),
                "broke")));
        Http.Reply controlled = api.send("PATCH", "/api/v1/cards/" + cardId, BodyPublishers.ofString("{\"controls\": "
                + "{\"perAuthorization\": " + Money.sek(50_000) + ", \"blockedMccs\": [\"7995\"], \"contactless\": false}}"),
                "Authorization", ada.bearer, "Content-Type", "application/json");
        assertEquals(controlled.toString(), 200, controlled.status());
        assertEquals(50_000, controlled.json().path("controls").path("perAuthorization").path("amount").asLong());
        assertEquals("61", code(network.post("", authorization(card, pan, cvv, Money.sek(60_000), "5411", "SE", "CHIP"),
                "over")));
        assertEquals("57", code(network.post("", authorization(card, pan, cvv, Money.sek(1_000), "7995", "SE", "CHIP"),
                "casino")));
        assertEquals("57", code(network.post("", authorization(card, pan, cvv, Money.sek(1_000), "5411", "SE",
                "CONTACTLESS"), "tap")));
        assertEquals("every decline leaves the balance as it was", 100_000, ada.available());

        Http.Reply approved = network.post("", authorization(card, pan, cvv, Money.sek(30_000), "5411", "SE", "CHIP"),
                "groceries");
        assertEquals("00", code(approved));
        assertEquals(approved.body(), network.post("", authorization(card, pan, cvv, Money.sek(30_000), "5411", "SE", "CHIP"),
                "groceries").body());
        String authorizationId = approved.json().path("id").asText();
        assertEquals("a retried authorization holds once", 70_000, ada.available());
        assertEquals(100_000, ada.balance());

        String steps = "/" + authorizationId;
        assertEquals(201, network.post(steps + "/clearings", "{\"amount\": " + Money.sek(10_000) + "}", "clear-1").status());
        assertProblem(network.post(steps + "/clearings", "{\"amount\": " + Money.sek(25_000) + "}", "clear-too-much"), 422,
                "unprocessable");
        JsonNode cleared = network.post(steps + "/clearings", "{\"amount\": " + Money.sek(15_000) + "}", "clear-2").json();
        assertEquals("PARTIALLY_CLEARED", cleared.path("status").asText());
        assertEquals(75_000, ada.balance());
        assertEquals(70_000, ada.available());
        assertProblem(network.post(steps + "/reversals", "{\"amount\": " + Money.sek(6_000) + "}", "reverse-too-much"), 422,
                "unprocessable");
        JsonNode partly = network.post(steps + "/reversals", "{\"amount\": " + Money.sek(2_000) + "}", "reverse-part").json();
        assertEquals("PARTIALLY_CLEARED", partly.path("status").asText());
        assertEquals("a partial reversal releases its part at once", 72_000, ada.available());
        JsonNode reversed = network.post(steps + "/reversals", "{}", "reverse").json();
        assertEquals("CLEARED", reversed.path("status").asText());
        assertEquals("the rest of the hold is released", 75_000, ada.available());
        assertProblem(network.post(steps + "/clearings", "{\"amount\": " + Money.sek(100) + "}", "clear-late"), 409,
                "conflict");
        assertEquals(201, network.post(steps + "/refunds", "{\"amount\": " + Money.sek(5_000) + "}", "refund").status());
        assertProblem(network.post(steps + "/refunds", "{\"amount\": " + Money.sek(30_000) + "}", "refund-more"), 422,
                "unprocessable");
        assertEquals(80_000, ada.balance());

        Http.Reply euro = network.post("", authorization(card, pan, cvv, Money.of(1_000, "EUR"), "5812", "FR", "CHIP"),
                "paris");
        assertEquals("00", code(euro));
        JsonNode inEuro = network.api().get("/api/v1/cards/network/authorizations/" + euro.json().path("id").asText(),
                "Authorization", network.bearer()).json();
        assertEquals("SEK", inEuro.path("held").path("currency").asText());
        assertEquals("10.00 EUR at 11.4520 SEK is 114.52 SEK", 11_452, inEuro.path("held").path("amount").asLong());
        String euroSteps = "/" + euro.json().path("id").asText();
        assertEquals(201, network.post(euroSteps + "/reversals", "{\"amount\": " + Money.of(400, "EUR") + "}", "eur-part")
                .status());
        assertEquals("6.00 EUR stay held, rounded up: 68.72 SEK", 80_000 - 6_872, ada.available());
        JsonNode euroCleared = network.post(euroSteps + "/clearings", "{}", "eur-clear").json();
        assertEquals("CLEARED", euroCleared.path("status").asText());
        assertEquals(400, euroCleared.path("reversed").path("amount").asLong());
        assertEquals("the clearing takes what stayed held, exactly", 80_000 - 6_872, ada.balance());
        assertEquals(80_000 - 6_872, ada.available());

        assertEquals(200, api.send("PATCH", "/api/v1/cards/" + cardId, BodyPublishers.ofString("{\"status\": \"FROZEN\"}"),
                "Authorization", ada.bearer, "Content-Type", "application/json").status());
        assertEquals("05", code(network.post("", authorization(card, pan, cvv, Money.sek(100), "5411", "SE", "CHIP"),
                "frozen")));
        JsonNode listed = ada.get("/api/v1/cards/" + cardId + "/authorizations").json().path("items");
        assertEquals(listed.toString(), 9, listed.size());
        assertProblem(bo.get("/api/v1/cards/" + cardId + "/authorizations"), 404, "not-found");
        assertProblem(api.send("PATCH", "/api/v1/cards/" + cardId, BodyPublishers.ofString("{\"status\": \"CLOSED\"}"),
                "Authorization", bo.bearer, "Content-Type", "application/json"), 404, "not-found");
        assertEquals(200, api.send("PATCH", "/api/v1/cards/" + cardId, BodyPublishers.ofString("{\"status\": \"CLOSED\"}"),
                "Authorization", ada.bearer, "Content-Type", "application/json").status());
        assertProblem(api.send("PATCH", "/api/v1/cards/" + cardId, BodyPublishers.ofString("{\"status\": \"ACTIVE\"}"),
                "Authorization", ada.bearer, "Content-Type", "application/json"), 409, "conflict");

        for (int i = 0; i < 3; i++) {
            assertProblem(ada.post(reveal, "{\"password\": \"wrong-password-" + i + "\"}", null), 403, "forbidden");
        }
        Http.Reply throttled = ada.post(reveal, "{\"password\": \"" + AuthClient.PASSWORD + "\"}", null);
        assertProblem(throttled, 429, "too-many-requests");
        assertEquals("900", throttled.header("Retry-After"));

        assertThat(console.run("drop:cards verify"), containsString("cards and ledger agree"));
        assertThat(console.run("drop:ledger verify"), containsString("every invariant holds"));
        String audit = console.run("drop:audit tail -n 200");
        assertThat(audit, containsString("cards.card.reveal"));
        assertThat(audit, containsString("confirmed with an authenticator code"));
        String log = Files.readString(Path.of(System.getProperty("karaf.log"), "karaf.log"));
        for (String secret : new String[] {pan, pan.substring(6, 12)}) {
            assertFalse("the card number is not in the log", log.contains(secret));
            assertFalse("the card number is not in the audit trail", audit.contains(secret));
        }
        assertThat(audit, not(containsString("cvv\": \"" + cvv)));
        List<String> events = cardEvents();
        assertTrue(events.toString(), events.size() >= 10);
        assertTrue("no event carries the card number or CVV", events.stream()
                .noneMatch(payload -> payload.contains(pan) || payload.contains(pan.substring(6, 12))
                        || payload.contains("cvv")));
    }

    /** Every payload the cards module wrote to the outbox. */
    private List<String> cardEvents() throws SQLException {
        List<String> payloads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT type, payload FROM platform.outbox_event WHERE module = 'cards'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                payloads.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return payloads;
    }

    @Test
    public void whileCardsIsOffItsRoutesAreGoneItsDataStaysAndTheLedgerStillReleasesItsHolds() throws Exception {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        awaitModules(api, "transactions", "rail-sandbox");
        Console console = new Console(sessions);
        console.run("drop:module enable cards -r 'expiry test'");
        awaitModules(api, "cards");
        Customer eve = Customer.open(auth, "eve").toppedUp(50_000);
        console.run("drop:flag set cards.issuing on --reason 'expiry test'");
        console.run("drop:flag rule cards.issuing --users " + eve.userId + " --reason 'expiry test'");
        org.osgi.service.cm.Configuration settings = configurationAdmin.getConfiguration("dev.drop.cards", null);
        Dictionary<String, Object> shipped = settings.getProperties();
        Dictionary<String, Object> shortHolds = new Hashtable<>();
        for (String key : Collections.list(shipped.keys())) {
            shortHolds.put(key, shipped.get(key));
        }
        shortHolds.put("holdSeconds", "3");
        settings.update(shortHolds);
        waitFor("the cards module to come back with short holds", Duration.ofSeconds(30),
                () -> eve.get("/api/v1/cards").status() == 200);
        try {
            Http.Reply issued = eve.post("/api/v1/cards", "{\"walletId\": \"" + eve.wallet + "\"}", null);
            assertEquals(issued.toString(), 201, issued.status());
            JsonNode card = issued.json();
            JsonNode secret = eve.post("/api/v1/cards/" + card.path("id").asText() + "/reveal", "{\"password\": \""
                    + AuthClient.PASSWORD + "\"}", null).json();
            String operatorEmail = "network-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            RoleGrants.grant(sessions, auth.register(operatorEmail), "OPERATOR");
            Network network = new Network(api, bearer(auth.login(operatorEmail)));
            Http.Reply approved = network.post("", authorization(card, secret.path("pan").asText(),
                    secret.path("cvv").asText(), Money.sek(20_000), "5411", "SE", "ONLINE"), "expiring");
            assertEquals("00", code(approved));
            assertEquals(30_000, eve.available());

            try (BundleWatch watch = new BundleWatch(bundleContext,
                    bundle -> bundle.getSymbolicName().startsWith("dev.drop.cards"))) {
                console.run("drop:module disable cards -r 'maintenance'");
                JsonNode gone = assertProblem(eve.get("/api/v1/cards"), 404, "module-disabled");
                assertThat(gone.path("detail").asText(), containsString("module cards is disabled"));
                waitFor("the ledger to release the hold of the disabled module", Duration.ofSeconds(20),
                        () -> eve.available() == 50_000);
                console.run("drop:module enable cards -r 'maintenance over'");
                awaitModules(api, "cards");
                assertTrue(watch.disturbances(), watch.undisturbed());
            }
            JsonNode kept = eve.get("/api/v1/cards/" + card.path("id").asText() + "/authorizations").json().path("items");
            assertEquals("the records stayed while the module was off", 1, kept.size());
            assertEquals("EXPIRED", kept.get(0).path("status").asText());
            assertProblem(network.post("/" + approved.json().path("id").asText() + "/clearings", "{}", "too-late"), 409,
                    "conflict");
            assertEquals(50_000, eve.balance());
            assertThat(console.run("drop:cards verify"), containsString("cards and ledger agree"));
            assertThat(console.run("drop:ledger verify"), containsString("every invariant holds"));
        } finally {
            settings.update(shipped);
        }
    }

    @Test
    public void authorizationsSentWhileCardsIsSwitchedAndUpgradedCompleteOrFailCleanlyAndAgreeWithTheLedger()
            throws Exception {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        awaitModules(api, "transactions", "rail-sandbox");
        Console console = new Console(sessions);
        console.run("drop:module enable cards -r 'swap test'");
        awaitModules(api, "cards");
        Customer ivo = Customer.open(auth, "ivo").toppedUp(100_000);
        console.run("drop:flag set cards.issuing on --reason 'swap test'");
        console.run("drop:flag rule cards.issuing --users " + ivo.userId + " --reason 'swap test'");
        JsonNode card = ivo.post("/api/v1/cards", "{\"walletId\": \"" + ivo.wallet + "\"}", null).json();
        JsonNode secret = ivo.post("/api/v1/cards/" + card.path("id").asText() + "/reveal", "{\"password\": \""
                + AuthClient.PASSWORD + "\"}", null).json();
        String operatorEmail = "network-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        RoleGrants.grant(sessions, auth.register(operatorEmail), "OPERATOR");
        Network network = new Network(api, bearer(auth.login(operatorEmail)));
        String message = authorization(card, secret.path("pan").asText(), secret.path("cvv").asText(), Money.sek(500),
                "5411", "SE", "CHIP");
        Path upgrade = upgradedBuild(Path.of(System.getProperty(CARDS_JAR)));

        AtomicBoolean running = new AtomicBoolean(true);
        List<String> approvals = new CopyOnWriteArrayList<>();
        List<String> unclean = new CopyOnWriteArrayList<>();
        AtomicInteger closed = new AtomicInteger();
        AtomicInteger walletReads = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<?>> senders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            senders.add(load.submit(() -> {
                while (running.get()) {
                    Http.Reply reply = network.post("", message, UUID.randomUUID().toString());
                    if (reply.status() == 201 && reply.json().path("approved").asBoolean()) {
                        approvals.add(reply.json().path("id").asText());
                    } else if (reply.status() == 404 || reply.status() == 503) {
                        closed.incrementAndGet();
                        if (!reply.contentType().startsWith("application/problem+json")) {
                            unclean.add(reply.toString());
                        }
                    } else if (reply.status() != 201) {
                        unclean.add(reply.toString());
                    }
                }
            }));
        }
        senders.add(load.submit(() -> {
            while (running.get()) {
                Http.Reply wallet = ivo.get("/api/v1/wallets/" + ivo.wallet);
                walletReads.incrementAndGet();
                if (wallet.status() != 200) {
                    unclean.add("the wallets module answered " + wallet);
                }
            }
        }));
        try (BundleWatch watch = new BundleWatch(bundleContext,
                bundle -> bundle.getSymbolicName().startsWith("dev.drop.cards"))) {
            for (int cycle = 0; cycle < 3; cycle++) {
                console.run("drop:module disable cards -r 'swap " + cycle + "'");
                console.run("drop:module enable cards -r 'swap " + cycle + "'");
            }
            console.run("drop:module update cards " + upgrade.toUri() + " -r 'upgrade under load'");
            console.run("drop:module disable cards -r 'after the upgrade'");
            console.run("drop:module enable cards -r 'after the upgrade'");
            awaitModules(api, "cards");
            waitFor("authorizations approved after the swaps", Duration.ofSeconds(20), () -> approvals.size() >= 5);
            running.set(false);
            for (Future<?> sender : senders) {
                sender.get(30, TimeUnit.SECONDS);
            }
            assertTrue(watch.disturbances(), watch.undisturbed());
        } finally {
            running.set(false);
            load.shutdownNow();
        }
        assertEquals("every request completed or failed with a 404/503 problem, the other module never failed",
                List.of(), unclean);
        assertTrue("the wallets kept answering: " + walletReads.get(), walletReads.get() > 10);
        long held = 0;
        for (String id : approvals) {
            JsonNode recorded = api.get("/api/v1/cards/network/authorizations/" + id, "Authorization", network.bearer())
                    .json();
            assertTrue(recorded.toString(), recorded.path("approved").asBoolean());
            held += recorded.path("held").path("amount").asLong();
        }
        assertEquals("every approval holds once, and nothing else is held", 100_000 - held, ivo.available());
        assertEquals(approvals.size() * 500L, held);
        assertThat(console.run("drop:cards verify"), containsString("cards and ledger agree"));
        assertThat(console.run("drop:ledger verify"), containsString("every invariant holds"));
    }

    /** The cards bundle as a new build: the same classes under a later version. */
    private static Path upgradedBuild(Path jar) throws IOException {
        Path build = Files.createTempDirectory("cards-upgrade").resolve("cards-impl-upgrade.jar");
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-Version", "0.1.0.zz-upgrade");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(build), manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return build;
    }
}
