package dev.drop.itests;

import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * QR payments over real HTTP against PostgreSQL: a merchant's request, the payer resolving its code and paying, the
 * merchant's webhook receiver hearing of it (signature verified), refunds up to what was paid, racing payers, expiry,
 * cancelling, the counter code, the merchant's list and export, and nobody reaching another's payments.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PaymentsIT extends DropTestSupport {

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres(),
                editConfigurationFilePut("etc/dev.drop.transactions.payments.cfg", "feeBasisPoints", "100"),
                editConfigurationFilePut("etc/dev.drop.transactions.webhooks.cfg", "allowNetworks", "127.0.0.1/32"),
                editConfigurationFilePut("etc/dev.drop.transactions.webhooks.cfg", "allowHttp", "true"));
    }

    /** A shop that takes payments: approved, with its payment profile, and its owner's bearer. */
    record Shop(String id, String owner) {
        Http.Reply post(Http api, String path, String json, String key) {
            return key == null ? api.postJson("/api/v1/merchants/" + id + path, json, "Authorization", owner)
                    : api.postJson("/api/v1/merchants/" + id + path, json, "Authorization", owner, "Idempotency-Key", key);
        }

        Http.Reply get(Http api, String path) {
            return api.get("/api/v1/merchants/" + id + path, "Authorization", owner);
        }
    }

    private AuthClient ready() {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        awaitModules(api, "transactions", "rail-sandbox", "merchants");
        return auth;
    }

    private Shop shop(AuthClient auth, String slug, boolean profile) throws Exception {
        Shops.Owner owner = Shops.openShop(auth, slug + "@example.com", Shops.merchant(slug, "Maison Lumière Parfums"));
        Shops.approve(sessions, auth, owner.shop());
        Shop shop = new Shop(owner.shop(), owner.bearer());
        if (profile) {
            Http.Reply saved = auth.api().send("PUT", "/api/v1/merchants/" + shop.id() + "/payment-profile",
                    java.net.http.HttpRequest.BodyPublishers.ofString("{\"categoryCode\": \"5977\", \"city\": \"Stockholm\"}"),
                    "Authorization", shop.owner(), "Content-Type", "application/json");
            assertEquals(saved.toString(), 200, saved.status());
        }
        return shop;
    }

    private static String request(long amount, String reference) {
        return "{\"amount\": " + Money.sek(amount) + ", \"reference\": \"" + reference + "\"}";
    }

    @Test
    public void aCustomerPaysByQrTheMerchantHearsOfItAndRefundsNeverExceedThePayment() throws Exception {
        AuthClient auth = ready();
        Http api = auth.api();
        Shop shop = shop(auth, "lumiere-" + UUID.randomUUID().toString().substring(0, 6), false);
        assertProblem(shop.post(api, "/payment-requests", request(12_900, "Order 1042"), "req-0"), 409, "payments-not-set-up");
        Http.Reply profile = api.send("PUT", "/api/v1/merchants/" + shop.id() + "/payment-profile",
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"categoryCode\": \"5977\", \"city\": \"Stockholm\"}"),
                "Authorization", shop.owner(), "Content-Type", "application/json");
        assertEquals(profile.toString(), 200, profile.status());
        assertThat(profile.json().path("counterCode").path("payload").asText(), startsWith("000201010211"));

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            assertProblem(shop.post(api, "/webhooks", "{\"url\": \"http://10.0.0.1/hook\", \"events\": [\"payment.paid\"]}",
                    null), 422, "unprocessable");
            assertProblem(shop.post(api, "/webhooks", "{\"url\": \"http://169.254.169.254/latest\", \"events\": "
                    + "[\"payment.paid\"]}", null), 422, "unprocessable");
            assertProblem(shop.post(api, "/webhooks", "{\"url\": \"" + receiver.url() + "\", \"events\": [\"card.issued\"]}",
                    null), 400, "validation");
            Http.Reply hook = shop.post(api, "/webhooks", "{\"url\": \"" + receiver.url()
                    + "\", \"events\": [\"payment.paid\", \"refund.succeeded\"]}", null);
            assertEquals(hook.toString(), 201, hook.status());
            String secret = hook.json().path("secret").asText();
            String hookId = hook.json().path("id").asText();
            assertThat(secret, startsWith("whsec_"));
            JsonNode listed = shop.get(api, "/webhooks").json().path("items").get(0);
            assertEquals(hookId, listed.path("id").asText());
            assertTrue("the secret is shown once: " + listed, listed.path("secret").isMissingNode() || listed.path("secret").isNull());

            assertProblem(shop.post(api, "/payment-requests", "{\"amount\": " + Money.sek(0) + "}", "req-bad"), 400, "validation");
            assertProblem(shop.post(api, "/payment-requests", "{\"amount\": " + Money.sek(100) + ", \"price\": 1}", "req-bad"),
                    400, "validation");
            assertProblem(shop.post(api, "/payment-requests", "{\"amount\": " + Money.of(100, "EUR") + "}", "req-eur"), 422,
                    "unprocessable");
            Http.Reply created = shop.post(api, "/payment-requests", request(12_900, "Order 1042"), "req-1");
            assertEquals(created.toString(), 201, created.status());
            assertArrayEquals(created.bytes(), shop.post(api, "/payment-requests", request(12_900, "Order 1042"), "req-1").bytes());
            JsonNode paymentRequest = created.json();
            String requestId = paymentRequest.path("id").asText();
            String payload = paymentRequest.path("qr").path("payload").asText();
            assertEquals("OPEN", paymentRequest.path("status").asText());
            assertThat(payload, startsWith("000201010212"));
            assertThat(payload, containsString(requestId));
            assertThat(paymentRequest.path("qr").path("png").asText(), startsWith("data:image/png;base64,"));
            assertThat(paymentRequest.path("qr").path("svg").asText(), startsWith("<svg"));
            assertThat(paymentRequest.path("payUrl").asText(), containsString("/pay/" + requestId));

            Customer ines = Customer.open(auth, "ines").toppedUp(100_000);
            JsonNode resolved = ines.post("/api/v1/qr/resolve", "{\"payload\": \"" + payload + "\"}", null).json();
            assertEquals("request", resolved.path("kind").asText());
            assertEquals(requestId, resolved.path("request").path("id").asText());
            assertEquals(12_900, resolved.path("request").path("amount").path("amount").asLong());
            assertEquals("Order 1042", resolved.path("request").path("reference").asText());
            assertEquals("Maison Lumière Parfums", resolved.path("merchant").path("displayName").asText());
            String damaged = payload.replace("5406129.00", "5406119.00");
            assertProblem(ines.post("/api/v1/qr/resolve", "{\"payload\": \"" + damaged + "\"}", null), 422, "invalid-qr-code");
            assertProblem(ines.post("/api/v1/qr/resolve", "{\"payload\": \"hello\"}", null), 422, "invalid-qr-code");

            Customer stranger = Customer.open(auth, "stranger").toppedUp(50_000);
            assertProblem(stranger.post("/api/v1/payment-requests/" + requestId + "/pay", "{\"walletId\": \"" + ines.wallet
                    + "\"}", "steal-1"), 404, "not-found");
            Http.Reply paid = ines.post("/api/v1/payment-requests/" + requestId + "/pay", "{\"walletId\": \"" + ines.wallet
                    + "\"}", "pay-1");
            assertEquals(paid.toString(), 201, paid.status());
            assertEquals("PAID", paid.json().path("status").asText());
            String paymentId = paid.json().path("id").asText();
            assertArrayEquals(paid.bytes(), ines.post("/api/v1/payment-requests/" + requestId + "/pay", "{\"walletId\": \""
                    + ines.wallet + "\"}", "pay-1").bytes());
            assertProblem(ines.post("/api/v1/payment-requests/" + requestId + "/pay", "{\"walletId\": \"" + ines.wallet
                    + "\"}", "pay-2"), 409, "payment-request-not-payable");
            assertEquals(100_000 - 12_900, ines.balance());
            assertEquals(12_900 - 129, shop.get(api, "/account").json().path("balance").path("amount").asLong());

            waitFor("the payment.paid delivery", Duration.ofSeconds(15), () -> receiver.received().stream()
                    .anyMatch(d -> d.body().contains(paymentId)), () -> shop.get(api, "/webhooks/" + hookId + "/deliveries").body()
                    + "\n" + recentLogLines(line -> line.contains("ebhook") || line.contains("ERROR") || line.contains("WARN"), 30));
            WebhookReceiver.Delivery heard = receiver.await(1, Duration.ofSeconds(15), d -> d.body().contains(paymentId)).get(0);
            assertTrue("the delivery's signature verifies with the secret", heard.verifies(secret));
            JsonNode event = Customer.json(heard.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("payment.paid", event.path("type").asText());
            assertEquals(requestId, event.path("data").path("requestId").asText());
            assertEquals(12_900, event.path("data").path("amount").path("amount").asLong());
            assertTrue(!new WebhookReceiver.Delivery(heard.id(), heard.timestamp(), heard.signature(), heard.body() + " ",
                    heard.receivedAt()).verifies(secret));

            receiver.failNext(1);
            Http.Reply refund = shop.post(api, "/payments/" + paymentId + "/refunds",
                    "{\"amount\": " + Money.sek(5_000) + ", \"reason\": \"one bottle broken\"}", "refund-1");
            assertEquals(refund.toString(), 201, refund.status());
            assertArrayEquals(refund.bytes(), shop.post(api, "/payments/" + paymentId + "/refunds",
                    "{\"amount\": " + Money.sek(5_000) + ", \"reason\": \"one bottle broken\"}", "refund-1").bytes());
            assertEquals(201, shop.post(api, "/payments/" + paymentId + "/refunds",
                    "{\"amount\": " + Money.sek(4_000) + ", \"reason\": \"goodwill\"}", "refund-2").status());
            JsonNode over = assertProblem(shop.post(api, "/payments/" + paymentId + "/refunds",
                    "{\"amount\": " + Money.sek(4_000) + ", \"reason\": \"too much\"}", "refund-3"), 422, "refund-exceeds-payment");
            assertThat(over.path("detail").asText(), containsString("39.00"));
            assertProblem(shop.post(api, "/payments/" + paymentId + "/refunds", "{\"amount\": " + Money.sek(100) + "}",
                    "refund-4"), 400, "validation");
            assertEquals(100_000 - 12_900 + 9_000, ines.balance());
            JsonNode payment = shop.get(api, "/payments/" + paymentId).json();
            assertEquals("PARTIALLY_REFUNDED", payment.path("status").asText());
            assertEquals(9_000, payment.path("refunded").path("amount").asLong());
            assertEquals(129, payment.path("fee").path("amount").asLong());
            assertEquals(2, payment.path("refunds").size());

            List<WebhookReceiver.Delivery> refunds = receiver.await(2, Duration.ofSeconds(30),
                    d -> d.body().contains("refund.succeeded"));
            assertTrue(refunds.stream().allMatch(d -> d.verifies(secret)));
            JsonNode deliveries = shop.get(api, "/webhooks/" + hookId + "/deliveries").json().path("items");
            assertEquals(3, deliveries.size());
            boolean retried = false;
            for (JsonNode delivery : deliveries) {
                assertEquals("DELIVERED", delivery.path("status").asText());
                JsonNode log = delivery.path("attemptLog");
                if (log.size() == 2) {
                    retried = true;
                    assertEquals(500, log.get(0).path("statusCode").asInt());
                    assertEquals(204, log.get(1).path("statusCode").asInt());
                }
            }
            assertTrue("the delivery the receiver failed was retried: " + deliveries, retried);
            String first = deliveries.get(2).path("id").asText();
            Http.Reply again = shop.post(api, "/webhooks/" + hookId + "/deliveries/" + first + "/retry", "{}", null);
            assertEquals(again.toString(), 202, again.status());
            String webhookId = deliveries.get(2).path("webhookId").asText();
            assertEquals(2, receiver.await(2, Duration.ofSeconds(15), d -> d.id().equals(webhookId)).size());

            Http.Reply list = shop.get(api, "/payments?status=PARTIALLY_REFUNDED");
            assertEquals(1, list.json().path("items").size());
            assertEquals(0, shop.get(api, "/payments?to=2020-01-01").json().path("items").size());
            assertProblem(shop.get(api, "/payments?status=LOST"), 400, "validation");
            Http.Reply csv = shop.get(api, "/payments/export");
            assertThat(csv.contentType(), startsWith("text/csv"));
            String[] rows = csv.body().split("\r\n");
            assertEquals("paid_at,payment_id,request_id,status,reference,amount,fee,net,refunded,currency", rows[0]);
            assertThat(rows[1], containsString(paymentId + "," + requestId + ",PARTIALLY_REFUNDED,Order 1042,129.00,1.29,127.71,90.00,SEK"));
            JsonNode dashboard = shop.get(api, "/dashboard").json().path("sections");
            JsonNode sek = dashboard.path("payments").path("currencies").get(0);
            assertEquals(12_900, sek.path("today").path("takings").path("amount").asLong());
            assertEquals(9_000, sek.path("last30Days").path("refunds").path("amount").asLong());
            assertEquals(30, sek.path("days").size());
            assertEquals(1, dashboard.path("webhooks").path("active").asInt());

            Shop other = shop(auth, "other-" + UUID.randomUUID().toString().substring(0, 6), true);
            for (String path : List.of("/payment-requests/" + requestId, "/payments/" + paymentId, "/webhooks/" + hookId,
                    "/webhooks/" + hookId + "/deliveries")) {
                assertProblem(other.get(api, path), 404, "not-found");
                assertProblem(api.get("/api/v1/merchants/" + shop.id() + path, "Authorization", other.owner()), 404, "not-found");
                assertProblem(ines.get("/api/v1/merchants/" + shop.id() + path), 404, "not-found");
            }
            assertProblem(api.postJson("/api/v1/merchants/" + shop.id() + "/payments/" + paymentId + "/refunds",
                    "{\"amount\": " + Money.sek(100) + ", \"reason\": \"mine now\"}", "Authorization", other.owner(),
                    "Idempotency-Key", "steal-2"), 404, "not-found");
            assertProblem(other.post(api, "/payments/" + paymentId + "/refunds",
                    "{\"amount\": " + Money.sek(100) + ", \"reason\": \"mine now\"}", "steal-3"), 404, "not-found");
            assertProblem(stranger.get("/api/v1/payments/" + paymentId), 404, "not-found");
            assertEquals(200, ines.get("/api/v1/payments/" + paymentId).status());
            assertEquals(100_000 - 12_900 + 9_000, ines.balance());
        }
    }

    @Test
    public void ofPayersRacingForOneRequestExactlyOneWins() throws Exception {
        AuthClient auth = ready();
        Http api = auth.api();
        Shop shop = shop(auth, "race-" + UUID.randomUUID().toString().substring(0, 6), true);
        String requestId = shop.post(api, "/payment-requests", request(7_500, "Race"), "race-req").json().path("id").asText();
        List<Customer> payers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            payers.add(Customer.open(auth, "payer" + i).toppedUp(10_000));
        }
        ExecutorService pool = Executors.newFixedThreadPool(payers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        for (Customer payer : payers) {
            replies.add(pool.submit(() -> {
                start.await();
                return payer.post("/api/v1/payment-requests/" + requestId + "/pay", "{\"walletId\": \"" + payer.wallet + "\"}",
                        UUID.randomUUID().toString());
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Http.Reply> reply : replies) {
            Http.Reply answer = reply.get();
            if (answer.status() == 201) {
                won++;
            } else {
                assertProblem(answer, 409, "payment-request-not-payable");
            }
        }
        pool.shutdown();
        assertEquals("exactly one payer wins", 1, won);
        long paidTotal = 0;
        for (Customer payer : payers) {
            paidTotal += 10_000 - payer.balance();
        }
        assertEquals(7_500, paidTotal);
        assertEquals(7_500 - 75, shop.get(api, "/account").json().path("balance").path("amount").asLong());
        assertThat(new Console(sessions).run("drop:ledger verify"), containsString("every invariant holds"));
    }

    @Test
    public void requestsExpireAndCancelAndCounterCodesTakeThePayersAmount() throws Exception {
        AuthClient auth = ready();
        Http api = auth.api();
        Shop shop = shop(auth, "kiosk-" + UUID.randomUUID().toString().substring(0, 6), true);
        Http.Reply shortLived = shop.post(api, "/payment-requests", "{\"amount\": " + Money.sek(2_000)
                + ", \"expiresInSeconds\": 30}", "short");
        assertEquals(shortLived.toString(), 201, shortLived.status());
        assertProblem(shop.post(api, "/payment-requests", "{\"amount\": " + Money.sek(2_000) + ", \"expiresInSeconds\": 5}",
                "too-short"), 400, "validation");
        Customer ola = Customer.open(auth, "ola").toppedUp(20_000);

        String cancelled = shop.post(api, "/payment-requests", request(3_000, "Cancelled"), "to-cancel").json().path("id").asText();
        assertEquals("CANCELLED", shop.post(api, "/payment-requests/" + cancelled + "/cancel", "{}", null).json()
                .path("status").asText());
        assertProblem(ola.post("/api/v1/payment-requests/" + cancelled + "/pay", "{\"walletId\": \"" + ola.wallet + "\"}",
                "pay-cancelled"), 409, "payment-request-not-payable");

        String counter = shop.get(api, "/payment-profile").json().path("counterCode").path("payload").asText();
        JsonNode resolved = ola.post("/api/v1/qr/resolve", "{\"payload\": \"" + counter + "\"}", null).json();
        assertEquals("merchant", resolved.path("kind").asText());
        assertEquals(shop.id(), resolved.path("merchant").path("id").asText());
        assertEquals("SEK", resolved.path("currency").asText());
        Http.Reply counterPaid = ola.post("/api/v1/qr/pay", "{\"payload\": \"" + counter + "\", \"walletId\": \"" + ola.wallet
                + "\", \"amount\": " + Money.sek(4_500) + "}", "counter-1");
        assertEquals(counterPaid.toString(), 201, counterPaid.status());
        assertArrayEquals(counterPaid.bytes(), ola.post("/api/v1/qr/pay", "{\"payload\": \"" + counter + "\", \"walletId\": \""
                + ola.wallet + "\", \"amount\": " + Money.sek(4_500) + "}", "counter-1").bytes());
        assertEquals(20_000 - 4_500, ola.balance());
        assertProblem(ola.post("/api/v1/qr/pay", "{\"payload\": \"" + counter + "\", \"walletId\": \"" + ola.wallet
                + "\", \"amount\": " + Money.sek(50_000) + "}", "counter-2"), 422, "insufficient-funds");

        String expiring = shortLived.json().path("id").asText();
        String payload = shortLived.json().path("qr").path("payload").asText();
        waitFor("the request to expire", Duration.ofSeconds(45), () -> "EXPIRED".equals(
                shop.get(api, "/payment-requests/" + expiring).json().path("status").asText()));
        assertProblem(ola.post("/api/v1/qr/resolve", "{\"payload\": \"" + payload + "\"}", null), 410, "payment-request-expired");
        assertProblem(ola.post("/api/v1/payment-requests/" + expiring + "/pay", "{\"walletId\": \"" + ola.wallet + "\"}",
                "pay-expired"), 409, "payment-request-not-payable");
        assertEquals(20_000 - 4_500, ola.balance());

        String key = created(api.postJson("/api/v1/merchants/" + shop.id() + "/api-keys", "{\"name\": \"Till\", \"scopes\": "
                + "[\"payments:write\"]}", "Authorization", shop.owner())).path("secret").asText();
        String catalogKey = created(api.postJson("/api/v1/merchants/" + shop.id() + "/api-keys", "{\"name\": \"Shelf\", "
                + "\"scopes\": [\"catalog:write\"]}", "Authorization", shop.owner())).path("secret").asText();
        Http.Reply byTill = api.postJson("/api/v1/merchants/" + shop.id() + "/payment-requests", request(990, "Till 7"),
                "Authorization", "Bearer " + key, "Idempotency-Key", "till-1");
        assertEquals(byTill.toString(), 201, byTill.status());
        assertProblem(api.postJson("/api/v1/merchants/" + shop.id() + "/payment-requests", request(990, "Shelf"),
                "Authorization", "Bearer " + catalogKey, "Idempotency-Key", "shelf-1"), 403, "forbidden");
        assertProblem(api.get("/api/v1/merchants/" + shop.id() + "/payments", "Authorization", "Bearer " + catalogKey), 403,
                "forbidden");
        Customer staffless = Customer.open(auth, "nobody");
        assertProblem(staffless.post("/api/v1/merchants/" + shop.id() + "/payment-requests", request(990, "Nope"), "nope"),
                404, "not-found");
    }

    private static JsonNode created(Http.Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }
}
