package dev.drop.itests;

import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drop.transactions.ScreeningDecision;
import dev.drop.transactions.ScreeningRequest;
import dev.drop.transactions.TransactionScreening;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

/**
 * Remittances over real HTTP against PostgreSQL: a quote at a guaranteed rate, the remittance waiting in SCREENING
 * while no screening service is there and completing through the sandbox bank once one is; rejected, held and
 * cancelled, refused by the bank (everything returned), an expired quote, and nobody reaching another's.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RemittancesIT extends DropTestSupport {

    static final String IBAN = "PL61109010140000071219812874";

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres(), editConfigurationFilePut("etc/dev.drop.transactions.fx.cfg", "quoteSeconds", "5"),
                editConfigurationFilePut("etc/dev.drop.rates.ecb.cfg", "source", "${karaf.etc}/eurofxref-daily.xml"));
    }

    /** The compliance module's part, played by the test: rejects one name, holds another, clears the rest. */
    static final class TestScreening implements TransactionScreening {
        final List<ScreeningRequest> asked = new CopyOnWriteArrayList<>();

        @Override
        public ScreeningDecision screen(ScreeningRequest request) {
            asked.add(request);
            return switch (request.recipient().name()) {
                case "Blocked Person" -> ScreeningDecision.reject("on a sanctions list (test)");
                case "Review Me" -> ScreeningDecision.hold("needs a look (test)");
                default -> ScreeningDecision.clear();
            };
        }
    }

    private static String quote(String sourceOrTarget, long amount, String currency) {
        return "{\"sourceCurrency\": \"SEK\", \"targetCurrency\": \"PLN\", \"" + sourceOrTarget + "\": "
                + Money.of(amount, currency) + ", \"targetCountry\": \"PL\"}";
    }

    private static String remittance(String quote, String wallet, String name) {
        return "{\"quoteId\": \"" + quote + "\", \"fromWallet\": \"" + wallet + "\", \"recipient\": {\"name\": \"" + name
                + "\", \"iban\": \"" + IBAN + "\", \"country\": \"PL\", \"address\": \"ul. Długa 1, Gdańsk\"}, "
                + "\"purpose\": \"family support\"}";
    }

    private static String status(Customer who, String id) {
        return who.get("/api/v1/remittances/" + id).json().path("status").asText();
    }

    @Test
    public void remittancesWaitForScreeningAndCompleteAtTheQuotedRate() throws Exception {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        awaitModules(api, "transactions", "rail-sandbox");
        Customer ines = Customer.open(auth, "ines").toppedUp(500_000);
        Customer stranger = Customer.open(auth, "stranger");

        assertProblem(ines.post("/api/v1/remittances/quotes", "{\"sourceCurrency\": \"SEK\", \"targetCurrency\": \"PLN\", "
                + "\"sourceAmount\": " + Money.sek(100) + ", \"targetAmount\": " + Money.of(100, "PLN")
                + ", \"targetCountry\": \"PL\"}", null), 400, "validation");
        assertProblem(ines.post("/api/v1/remittances/quotes", quote("sourceAmount", 100_000, "SEK").replace("PLN", "ZAR"),
                null), 422, "no-exchange-rate");
        assertProblem(ines.post("/api/v1/remittances/quotes", quote("sourceAmount", 100_000, "SEK").replace("\"PL\"", "\"XX\""),
                null), 400, "validation");
        Http.Reply quoted = ines.post("/api/v1/remittances/quotes", quote("sourceAmount", 100_000, "SEK"), null);
        assertEquals(quoted.toString(), 201, quoted.status());
        JsonNode quote = quoted.json();
        assertEquals(1_500, quote.path("fee").path("fixed").path("amount").asLong());
        assertEquals(500, quote.path("fee").path("variable").path("amount").asLong());
        assertEquals(100_000, quote.path("fee").path("total").path("amount").asLong() + quote.path("converted").path("amount")
                .asLong() + quote.path("rounding").path("amount").asLong());
        // 980.00 SEK at 4.2750 / 11.4520 PLN per SEK
        assertEquals(36_583, quote.path("targetAmount").path("amount").asLong());
        assertEquals("table", quote.path("rateSource").asText());
        assertProblem(stranger.get("/api/v1/remittances/quotes/" + quote.path("id").asText()), 404, "not-found");
        assertProblem(stranger.post("/api/v1/remittances", remittance(quote.path("id").asText(), stranger.wallet, "Anna Nowak"),
                "steal"), 404, "not-found");

        Http.Reply sent = ines.post("/api/v1/remittances", remittance(quote.path("id").asText(), ines.wallet, "Anna Nowak"), "r-1");
        assertEquals(sent.toString(), 201, sent.status());
        assertArrayEquals(sent.bytes(), ines.post("/api/v1/remittances", remittance(quote.path("id").asText(), ines.wallet,
                "Anna Nowak"), "r-1").bytes());
        String id = sent.json().path("id").asText();
        assertEquals("SCREENING", sent.json().path("status").asText());
        assertEquals(400_000, ines.available());
        waitFor("the remittance to wait for screening", Duration.ofSeconds(15), () -> "WAITING".equals(
                ines.get("/api/v1/remittances/" + id).json().path("screening").asText()));
        assertEquals("never paid out unscreened", "SCREENING", status(ines, id));
        assertProblem(stranger.get("/api/v1/remittances/" + id), 404, "not-found");
        assertProblem(stranger.post("/api/v1/remittances/" + id + "/cancel", "{}", null), 404, "not-found");

        TestScreening screening = new TestScreening();
        ServiceRegistration<TransactionScreening> registration = bundleContext.registerService(TransactionScreening.class,
                screening, null);
        try {
            waitFor("the remittance to complete", Duration.ofSeconds(30), () -> "COMPLETED".equals(status(ines, id)));
            JsonNode done = ines.get("/api/v1/remittances/" + id).json();
            List<String> steps = done.path("timeline").findValuesAsText("status");
            assertEquals(List.of("SCREENING", "SCREENING", "PROCESSING", "COMPLETED"), steps);
            assertThat(done.path("timeline").get(1).path("note").asText(), containsString("waiting for a screening service"));
            assertEquals(400_000, ines.balance());
            ScreeningRequest asked = screening.asked.get(0);
            assertEquals(ines.userId, asked.sender().id());
            assertEquals(IBAN, asked.recipient().iban());
            assertEquals(36_583, asked.amount().amount());

            String rejected = created(ines.post("/api/v1/remittances", remittance(freshQuote(ines, 50_000), ines.wallet,
                    "Blocked Person"), "r-2")).path("id").asText();
            waitFor("the rejection", Duration.ofSeconds(15), () -> "REJECTED".equals(status(ines, rejected)));
            assertThat(ines.get("/api/v1/remittances/" + rejected).json().path("reason").asText(), containsString("sanctions"));
            assertEquals(400_000, ines.available());

            String held = created(ines.post("/api/v1/remittances", remittance(freshQuote(ines, 50_000), ines.wallet,
                    "Review Me"), "r-3")).path("id").asText();
            waitFor("the hold", Duration.ofSeconds(15), () -> "HELD".equals(ines.get("/api/v1/remittances/" + held).json()
                    .path("screening").asText()));
            assertEquals(350_000, ines.available());
            assertEquals("CANCELLED", ines.post("/api/v1/remittances/" + held + "/cancel", "{}", null).json().path("status").asText());
            assertEquals(400_000, ines.available());
            assertProblem(ines.post("/api/v1/remittances/" + id + "/cancel", "{}", null), 409, "conflict");

            // the sandbox bank refuses payouts ending in 13: everything comes back
            Http.Reply byTarget = ines.post("/api/v1/remittances/quotes", quote("targetAmount", 10_013, "PLN"), null);
            assertEquals(10_013, byTarget.json().path("targetAmount").path("amount").asLong());
            String failing = created(ines.post("/api/v1/remittances", remittance(byTarget.json().path("id").asText(),
                    ines.wallet, "Anna Nowak"), "r-4")).path("id").asText();
            waitFor("the bank's refusal", Duration.ofSeconds(30), () -> "FAILED".equals(status(ines, failing)));
            assertEquals(400_000, ines.balance());
            assertEquals(400_000, ines.available());

            JsonNode expiring = ines.post("/api/v1/remittances/quotes", quote("sourceAmount", 20_000, "SEK"), null).json();
            Instant expiresAt = Instant.parse(expiring.path("expiresAt").asText());
            waitFor("the quote to expire", Duration.ofSeconds(10), () -> Instant.now().isAfter(expiresAt.plusMillis(200)));
            Http.Reply late = ines.post("/api/v1/remittances", remittance(expiring.path("id").asText(), ines.wallet,
                    "Anna Nowak"), "r-5");
            assertEquals("/api/v1/remittances/quotes", assertProblem(late, 409, "quote-expired").path("freshQuote").asText());
            assertEquals(4, ines.get("/api/v1/remittances").json().path("items").size());
            assertThat(new Console(sessions).run("drop:ledger verify"), containsString("every invariant holds"));
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void ratesComeFromTheEcbOnceItsModuleIsOnAndFromTheTableForWhatItDoesNotQuote() throws Exception {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        awaitModules(api, "transactions");
        Customer ola = Customer.open(auth, "ola");
        assertEquals("table", created(ola.post("/api/v1/remittances/quotes", quote("sourceAmount", 100_000, "SEK"), null))
                .path("rateSource").asText());
        try (var in = getClass().getResourceAsStream("/eurofxref-daily.xml")) {
            java.nio.file.Files.copy(in, java.nio.file.Path.of(System.getProperty("karaf.etc"), "eurofxref-daily.xml"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Console console = new Console(sessions);
        console.run("drop:module enable rates-ecb --reason 'integration test'");
        try {
            waitFor("the ECB's rates", Duration.ofSeconds(30), () -> "ecb".equals(ola.post("/api/v1/remittances/quotes",
                    quote("sourceAmount", 100_000, "SEK"), null).json().path("rateSource").asText()));
            JsonNode ecb = created(ola.post("/api/v1/remittances/quotes", quote("sourceAmount", 100_000, "SEK"), null));
            assertEquals("0.3733129504", ecb.path("rate").asText());
            JsonNode dinar = created(ola.post("/api/v1/remittances/quotes", "{\"sourceCurrency\": \"EUR\", "
                    + "\"targetCurrency\": \"KWD\", \"sourceAmount\": " + Money.of(10_000, "EUR")
                    + ", \"targetCountry\": \"KW\"}", null));
            assertEquals("the ECB does not quote KWD: the table does", "table", dinar.path("rateSource").asText());
        } finally {
            console.run("drop:module disable rates-ecb --reason 'integration test'");
        }
    }

    private static String freshQuote(Customer who, long amount) {
        return created(who.post("/api/v1/remittances/quotes", quote("sourceAmount", amount, "SEK"), null)).path("id").asText();
    }

    private static JsonNode created(Http.Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }
}
