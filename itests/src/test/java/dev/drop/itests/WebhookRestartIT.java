package dev.drop.itests;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;

/**
 * A payment's webhook survives the node: the merchant's receiver fails the first delivery, Karaf is killed (kill -9)
 * while the delivery waits for its retry, and once Karaf is back the receiver gets the delivery, signed, with the same
 * webhook-id, and the delivery log shows every attempt.
 */
public class WebhookRestartIT {

    @Test
    public void aPaymentsWebhookIsDeliveredAfterKarafIsKilledAndStartedAgain() throws Exception {
        String database = FreshDatabase.create();
        try (Distribution node = Distribution.unpack(); WebhookReceiver receiver = new WebhookReceiver()) {
            node.onPostgres(database);
            node.configure("dev.drop.transactions.webhooks.cfg", Map.of("allowNetworks", "127.0.0.1/32", "allowHttp", "true"));
            node.start();
            Http api = node.http();
            AuthClient auth = awaitReady(node, api);

            Shops.Owner owner = Shops.openShop(auth, "restart-shop@example.com", Shops.merchant("restart-shop"));
            String reviewer = auth.register("restart-reviewer@example.com");
            node.console("drop:user role " + reviewer + " --role COMPLIANCE --reason 'integration test'");
            Http.Reply approved = api.postJson("/api/v1/admin/merchants/" + owner.shop() + "/approve", "{}", "Authorization",
                    AuthClient.bearer(auth.login("restart-reviewer@example.com")));
            assertEquals(approved.toString(), 200, approved.status());
            Http.Reply profile = api.send("PUT", "/api/v1/merchants/" + owner.shop() + "/payment-profile",
                    BodyPublishers.ofString("{\"categoryCode\": \"5977\", \"city\": \"Malmö\"}"), "Authorization",
                    owner.bearer(), "Content-Type", "application/json");
            assertEquals(profile.toString(), 200, profile.status());
            JsonNode hook = Shops.created(api.postJson("/api/v1/merchants/" + owner.shop() + "/webhooks", "{\"url\": \""
                    + receiver.url() + "\", \"events\": [\"payment.paid\"]}", "Authorization", owner.bearer()));
            String secret = hook.path("secret").asText();
            String hookId = hook.path("id").asText();

            receiver.failNext(Integer.MAX_VALUE);
            String request = Shops.created(api.postJson("/api/v1/merchants/" + owner.shop() + "/payment-requests",
                    "{\"amount\": " + Money.sek(4_200) + "}", "Authorization", owner.bearer(), "Idempotency-Key", "r-1"))
                    .path("id").asText();
            Customer payer = Customer.open(auth, "restart-payer").toppedUp(10_000);
            String payment = Shops.created(payer.post("/api/v1/payment-requests/" + request + "/pay", "{\"walletId\": \""
                    + payer.wallet + "\"}", UUID.randomUUID().toString())).path("id").asText();
            DropTestSupport.waitFor("a failed first delivery", Duration.ofSeconds(20), () -> attempts(api, owner, hookId) >= 1);

            node.killHard();
            receiver.failNext(0);
            node.start();
            awaitReady(node, api);

            WebhookReceiver.Delivery delivered = receiver.await(1, Duration.ofSeconds(90), d -> d.body().contains(payment)).get(0);
            assertTrue("signed with the endpoint's secret", delivered.verifies(secret));
            assertThat(delivered.body(), containsString("\"type\":\"payment.paid\""));
            JsonNode delivery = deliveries(api, owner, hookId).get(0);
            assertEquals("DELIVERED", delivery.path("status").asText());
            assertEquals(delivery.path("webhookId").asText(), delivered.id());
            JsonNode log = delivery.path("attemptLog");
            assertTrue("failed before the kill, delivered after: " + log, log.size() >= 2);
            assertEquals(500, log.get(0).path("statusCode").asInt());
            assertEquals(204, log.get(log.size() - 1).path("statusCode").asInt());
            assertEquals("one delivery per payment, however often it was tried", 1,
                    receiver.received().stream().filter(d -> d.body().contains(payment)).count());
        }
    }

    private static int attempts(Http api, Shops.Owner owner, String hookId) {
        JsonNode items = deliveries(api, owner, hookId);
        return items.size() == 0 ? 0 : items.get(0).path("attemptLog").size();
    }

    private static JsonNode deliveries(Http api, Shops.Owner owner, String hookId) {
        return api.get("/api/v1/merchants/" + owner.shop() + "/webhooks/" + hookId + "/deliveries", "Authorization",
                owner.bearer()).json().path("items");
    }

    private static AuthClient awaitReady(Distribution node, Http api) {
        DropTestSupport.waitFor("the node to serve payments", Duration.ofSeconds(120), () -> {
            try {
                return api.get("/api/v1/health").status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        }, () -> {
            try {
                return node.diagnosis();
            } catch (IOException e) {
                return e.toString();
            }
        });
        AuthClient auth = new AuthClient(api).awaitModule();
        DropTestSupport.awaitModules(api, "transactions", "merchants", "rail-sandbox");
        return auth;
    }
}
