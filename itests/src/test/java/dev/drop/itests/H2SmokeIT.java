package dev.drop.itests;

import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.event.EventSubscriber;
import dev.drop.platform.flag.Flag;
import dev.drop.platform.flag.FlagService;
import dev.drop.platform.flag.FlagSubject;
import dev.drop.platform.flag.RolloutBy;
import dev.drop.platform.module.ModuleService;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Set;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * The distribution as shipped, on embedded H2 under data/: migrations, mappers, module switching, the outbox, flags
 * and the audit chain all work on it as they do on PostgreSQL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class H2SmokeIT extends DropTestSupport {

    @Inject
    private FeaturesService features;
    @Inject
    @Filter(timeout = 60_000)
    private ModuleService modules;
    @Inject
    private FlagService flags;
    @Inject
    private AuditLog audit;
    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution(editConfigurationFilePut("etc/dev.drop.transactions.webhooks.cfg", "allowNetworks", "127.0.0.1/32"),
                editConfigurationFilePut("etc/dev.drop.transactions.webhooks.cfg", "allowHttp", "true"));
    }

    @Test
    public void theShippedConfigurationRunsEverythingOnEmbeddedH2() throws Exception {
        Http api = readyApi();
        assertThat(api.get("/api/v1/health").json().path("checks").get(0).path("detail").asText(), startsWith("H2"));

        TestModules.addTo(features);
        EventRecorder recorder = new EventRecorder("it.h2", Set.of("greeting.*"));
        bundleContext.registerService(EventSubscriber.class, recorder, null);
        modules.enable("greeting", "it:operator", "smoke");
        Http.Reply created = api.postJson("/api/v1/greetings", "{\"name\": \"Grace\"}");
        assertEquals(created.toString(), 201, created.status());
        String id = created.json().path("id").asText();
        Http.Reply read = api.get("/api/v1/greetings/" + id);
        assertEquals("Grace", read.json().path("name").asText());
        assertEquals(created.json().path("createdAt").asText(), read.json().path("createdAt").asText());
        waitFor("greeting.created", Duration.ofSeconds(10),
                () -> recorder.handled().stream().anyMatch(event -> event.aggregateId().equals(id)));

        modules.disable("greeting", "it:operator", "smoke");
        assertProblem(api.get("/api/v1/greetings/" + id), 404, "module-disabled");
        modules.enable("greeting", "it:operator", "smoke");
        assertEquals("Grace", api.get("/api/v1/greetings/" + id).json().path("name").asText());

        flags.save(new Flag("smoke.flag", true, Set.of("grace"), Set.of(), Set.of(), 0, RolloutBy.USER, null, null),
                "it:operator", "smoke");
        assertTrue(flags.isEnabled("smoke.flag", new FlagSubject("grace", null, Set.of())));
        assertTrue(audit.verify().intact());
        assertTrue(audit.tail(10).size() >= 4);
    }

    @Test
    public void moneyMovesOnEmbeddedH2AsOnPostgreSql() throws Exception {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        awaitModules(api, "transactions", "rail-sandbox");
        Customer ada = Customer.open(auth, "ada").toppedUp(20_000);
        Customer bea = Customer.open(auth, "bea");

        Http.Reply sent = ada.send(bea, 5_000, "h2-p2p");
        assertEquals(sent.toString(), 201, sent.status());
        assertEquals(sent.body(), ada.send(bea, 5_000, "h2-p2p").body());
        assertProblem(ada.send(bea, 50_000, "h2-too-much"), 422, "insufficient-funds");
        String payout = ada.payout(4_000, "h2-payout").json().path("id").asText();
        waitFor("the payout to settle", Duration.ofSeconds(20), () -> "SETTLED".equals(
                ada.get("/api/v1/wallets/" + ada.wallet + "/payouts/" + payout).json().path("status").asText()));

        assertEquals(11_000, ada.balance());
        assertEquals(5_000, bea.balance());
        assertEquals(4, ada.get("/api/v1/wallets/" + ada.wallet + "/transactions").json().path("items").size());
        assertThat(ada.get("/api/v1/wallets/" + ada.wallet + "/transactions/export").body(), startsWith("date,transfer_id"));
    }

    @Test
    public void qrPaymentsRefundsAndWebhooksWorkOnEmbeddedH2() throws Exception {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        awaitModules(api, "transactions", "rail-sandbox", "merchants");
        Shops.Owner owner = Shops.openShop(auth, "h2-shop@example.com", Shops.merchant("h2-shop"));
        Shops.approve(sessions, auth, owner.shop());
        String merchant = "/api/v1/merchants/" + owner.shop();
        assertEquals(200, api.send("PUT", merchant + "/payment-profile", BodyPublishers.ofString(
                "{\"categoryCode\": \"5977\", \"city\": \"Lund\"}"), "Authorization", owner.bearer(), "Content-Type",
                "application/json").status());
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String secret = Shops.created(api.postJson(merchant + "/webhooks", "{\"url\": \"" + receiver.url()
                    + "\", \"events\": [\"payment.paid\", \"refund.succeeded\"]}", "Authorization", owner.bearer()))
                    .path("secret").asText();
            JsonNode request = Shops.created(api.postJson(merchant + "/payment-requests", "{\"amount\": " + Money.sek(3_000)
                    + ", \"reference\": \"H2\"}", "Authorization", owner.bearer(), "Idempotency-Key", "h2-req"));
            Customer cleo = Customer.open(auth, "cleo").toppedUp(10_000);
            assertEquals("request", cleo.post("/api/v1/qr/resolve", "{\"payload\": \"" + request.path("qr").path("payload")
                    .asText() + "\"}", null).json().path("kind").asText());
            String payment = Shops.created(cleo.post("/api/v1/payment-requests/" + request.path("id").asText() + "/pay",
                    "{\"walletId\": \"" + cleo.wallet + "\"}", "h2-pay")).path("id").asText();
            Shops.created(api.postJson(merchant + "/payments/" + payment + "/refunds", "{\"amount\": " + Money.sek(1_000)
                    + ", \"reason\": \"smaller bottle\"}", "Authorization", owner.bearer(), "Idempotency-Key", "h2-refund"));
            assertProblem(api.postJson(merchant + "/payments/" + payment + "/refunds", "{\"amount\": " + Money.sek(2_001)
                    + ", \"reason\": \"too much\"}", "Authorization", owner.bearer(), "Idempotency-Key", "h2-over"), 422,
                    "refund-exceeds-payment");
            assertEquals(8_000, cleo.balance());
            assertTrue(receiver.await(2, Duration.ofSeconds(20), d -> true).stream().allMatch(d -> d.verifies(secret)));
            Http.Reply dashboard = api.get(merchant + "/dashboard", "Authorization", owner.bearer());
            assertEquals(dashboard.toString(), 1, dashboard.json().path("sections").path("payments").path("currencies").size());
            JsonNode today = dashboard.json().path("sections").path("payments").path("currencies").get(0).path("today");
            assertEquals(3_000, today.path("takings").path("amount").asLong());
            assertEquals(1_000, today.path("refunds").path("amount").asLong());
            assertEquals(1, api.get(merchant + "/payments", "Authorization", owner.bearer()).json().path("items").size());
        }
    }
}
