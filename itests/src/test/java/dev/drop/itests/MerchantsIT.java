package dev.drop.itests;

import static dev.drop.itests.AuthClient.bearer;
import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItems;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drop.platform.audit.AuditEntry;
import dev.drop.platform.audit.AuditLog;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Merchant onboarding, review, staff and API keys over real HTTP against PostgreSQL, with every cross-merchant attempt. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MerchantsIT extends DropTestSupport {

    private static final String IBAN = Shops.IBAN;

    @Inject
    private AuditLog audit;
    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres());
    }

    @Test
    public void aMerchantIsRegisteredPendingThenApprovedAndOnlyItsPeopleSeeIt() throws Exception {
        Http api = ready();
        AuthClient auth = new AuthClient(api);
        auth.register("ines@example.com");
        String ines = bearer(auth.login("ines@example.com"));

        Http.Reply created = api.postJson("/api/v1/merchants", registration("maison-lumiere", IBAN), "Authorization", ines);
        assertEquals(created.body(), 201, created.status());
        JsonNode merchant = created.json();
        String id = merchant.path("id").asText();
        assertEquals("PENDING", merchant.path("status").asText());
        assertEquals("OWNER", merchant.path("yourRole").asText());
        assertEquals("SE4550000000058398257466", merchant.path("payoutIban").asText());
        assertThat(created.header("Location"), containsString("/api/v1/merchants/" + id));
        assertEquals("\"1\"", created.header("ETag"));

        assertProblem(api.postJson("/api/v1/merchants", registration("maison-lumiere", IBAN), "Authorization", ines), 409,
                "conflict");
        Http.Reply invalid = api.postJson("/api/v1/merchants", registration("Maison Lumière", "SE45 5000 0000 0583 9825 7467"),
                "Authorization", ines);
        assertProblem(invalid, 400, "validation");
        assertThat(invalid.body(), containsString("\"slug\""));
        assertThat(invalid.body(), containsString("\"payoutIban\""));
        assertProblem(api.postJson("/api/v1/merchants", "", "Authorization", ines), 400, "validation");
        assertProblem(api.postJson("/api/v1/merchants", "{\"slug\": \"x-shop\", \"owner\": \"me\"}", "Authorization", ines), 400,
                "validation");
        assertProblem(api.postJson("/api/v1/merchants", "{\"slug\": ", "Authorization", ines), 400, "malformed-json");
        assertProblem(api.postJson("/api/v1/merchants", registration("other-shop", IBAN)), 401, "unauthorized");

        auth.register("oskar@example.com");
        String oskar = bearer(auth.login("oskar@example.com"));
        assertProblem(api.get("/api/v1/merchants/" + id, "Authorization", oskar), 404, "not-found");
        assertProblem(api.get("/api/v1/merchants/not-a-uuid", "Authorization", oskar), 404, "not-found");
        assertProblem(patch(api, id, "{\"displayName\": \"Mine now\"}", oskar, null), 404, "not-found");
        assertProblem(api.postJson("/api/v1/admin/merchants/" + id + "/approve", "{}", "Authorization", oskar), 403, "forbidden");

        Http.Reply stale = patch(api, id, "{\"displayName\": \"Maison Lumière\"}", ines, "\"7\"");
        assertProblem(stale, 412, "precondition-failed");
        Http.Reply renamed = patch(api, id, "{\"displayName\": \"Maison Lumière\"}", ines, "\"1\"");
        assertEquals(renamed.body(), 200, renamed.status());
        assertEquals("Maison Lumière", renamed.json().path("displayName").asText());
        assertEquals("\"2\"", renamed.header("ETag"));
        Http.Reply anyVersion = patch(api, id, "{\"displayName\": \"Maison Lumière\"}", ines, "*");
        assertEquals("If-Match: * matches whatever is current: " + anyVersion.body(), 200, anyVersion.status());
        assertProblem(patch(api, id, "{\"displayName\": \"Maison Lumière\"}", ines, "\"1\""), 412, "precondition-failed");

        String admin = admin(api, auth, "astrid@example.com");
        Http.Reply queue = api.get("/api/v1/admin/merchants?status=PENDING", "Authorization", admin);
        assertEquals(queue.body(), 200, queue.status());
        assertThat(queue.body(), containsString("maison-lumiere"));
        Http.Reply approved = api.postJson("/api/v1/admin/merchants/" + id + "/approve", "{\"reason\": \"papers checked\"}",
                "Authorization", admin);
        assertEquals(approved.body(), 200, approved.status());
        assertEquals("ACTIVE", approved.json().path("status").asText());
        assertEquals("ACTIVE", api.get("/api/v1/merchants/" + id, "Authorization", ines).json().path("status").asText());

        Http.Reply second = api.postJson("/api/v1/merchants", registration("atelier-nord", IBAN), "Authorization", ines);
        assertEquals(second.body(), 201, second.status());
        assertThat(new Console(sessions).run("drop:merchant approve atelier-nord --reason 'console review'"),
                containsString("atelier-nord is ACTIVE"));
        assertThat(recentActions(), hasItems("merchant.register", "merchant.change", "merchant.status"));
    }

    @Test
    public void staffRolesAndApiKeysNeverReachAnotherMerchant() throws Exception {
        Http api = ready();
        AuthClient auth = new AuthClient(api);
        auth.register("freja@example.com");
        auth.register("viggo@example.com");
        auth.register("elsa@example.com");
        String freja = bearer(auth.login("freja@example.com"));
        String elsa = bearer(auth.login("elsa@example.com"));
        String ours = api.postJson("/api/v1/merchants", registration("parfum-freja", IBAN), "Authorization", freja)
                .json().path("id").asText();
        String theirs = api.postJson("/api/v1/merchants", registration("elsa-essences", IBAN), "Authorization", elsa)
                .json().path("id").asText();

        Http.Reply added = api.postJson("/api/v1/merchants/" + ours + "/staff",
                "{\"email\": \"Viggo@Example.com\", \"role\": \"VIEWER\"}", "Authorization", freja);
        assertEquals(added.body(), 201, added.status());
        assertProblem(api.postJson("/api/v1/merchants/" + ours + "/staff", "{\"email\": \"nobody@example.com\", \"role\": "
                + "\"VIEWER\"}", "Authorization", freja), 422, "unprocessable");
        assertProblem(api.postJson("/api/v1/merchants/" + ours + "/staff", "{\"email\": \"viggo@example.com\", \"role\": "
                + "\"KING\"}", "Authorization", freja), 400, "validation");
        String viggo = bearer(auth.login("viggo@example.com"));
        JsonNode seen = api.get("/api/v1/merchants/" + ours, "Authorization", viggo).json();
        assertEquals("VIEWER", seen.path("yourRole").asText());
        assertEquals("", seen.path("payoutIban").asText());
        assertProblem(patch(api, ours, "{\"displayName\": \"Viggo's\"}", viggo, null), 403, "forbidden");
        assertProblem(api.postJson("/api/v1/merchants/" + ours + "/staff", "{\"email\": \"viggo@example.com\", \"role\": "
                + "\"OWNER\"}", "Authorization", viggo), 403, "forbidden");
        assertProblem(api.postJson("/api/v1/merchants/" + theirs + "/staff", "{\"email\": \"freja@example.com\", \"role\": "
                + "\"OWNER\"}", "Authorization", freja), 404, "not-found");
        assertThat(api.get("/api/v1/merchants/" + ours + "/staff", "Authorization", viggo).body(),
                containsString("viggo@example.com"));

        Http.Reply key = api.postJson("/api/v1/merchants/" + ours + "/api-keys",
                "{\"name\": \"Till in the shop\", \"scopes\": [\"catalog:read\"]}", "Authorization", freja);
        assertEquals(key.body(), 201, key.status());
        assertEquals("no-store", key.header("Cache-Control"));
        String secret = key.json().path("secret").asText();
        assertThat(secret, startsWith("dmk_"));
        assertThat(api.get("/api/v1/merchants/" + ours + "/api-keys", "Authorization", freja).body(), not(containsString(secret)));
        assertProblem(api.postJson("/api/v1/merchants/" + ours + "/api-keys", "{\"name\": \"x\", \"scopes\": [\"all\"]}",
                "Authorization", freja), 400, "validation");
        assertProblem(api.get("/api/v1/merchants/" + ours + "/api-keys", "Authorization", viggo), 403, "forbidden");

        String till = "Bearer " + secret;
        Http.Reply byKey = api.get("/api/v1/merchants/" + ours, "Authorization", till);
        assertEquals(byKey.body(), 200, byKey.status());
        assertEquals("VIEWER", byKey.json().path("yourRole").asText());
        assertProblem(api.get("/api/v1/merchants/" + theirs, "Authorization", till), 404, "not-found");
        assertProblem(api.postJson("/api/v1/merchants", registration("key-made", IBAN), "Authorization", till), 403, "forbidden");
        assertProblem(api.get("/api/v1/merchants/" + ours + "/api-keys", "Authorization", till), 403, "forbidden");
        assertProblem(api.get("/api/v1/merchants/" + ours, "Authorization", "Bearer dmk_forged"), 401, "unauthorized");

        String keyId = key.json().path("id").asText();
        assertProblem(api.send("DELETE", "/api/v1/merchants/" + theirs + "/api-keys/" + keyId, BodyPublishers.noBody(),
                "Authorization", freja), 404, "not-found");
        assertEquals(204, api.send("DELETE", "/api/v1/merchants/" + ours + "/api-keys/" + keyId, BodyPublishers.noBody(),
                "Authorization", freja).status());
        assertProblem(api.get("/api/v1/merchants/" + ours, "Authorization", till), 401, "unauthorized");
        JsonNode listed = api.get("/api/v1/merchants/" + ours + "/api-keys", "Authorization", freja).json().path("keys").get(0);
        assertNotEquals("", listed.path("revokedAt").asText());
        assertThat(recentActions(), hasItems("merchant.staff.add", "merchant.apikey.create", "merchant.apikey.revoke"));
    }

    private Http ready() {
        Http api = readyApi();
        new AuthClient(api).awaitModule();
        awaitModules(api, "merchants");
        return api;
    }

    private String admin(Http api, AuthClient auth, String email) throws Exception {
        String id = auth.register(email);
        RoleGrants.grant(sessions, id, "ADMIN");
        return bearer(auth.login(email));
    }

    private static Http.Reply patch(Http api, String merchant, String json, String bearer, String ifMatch) {
        return ifMatch == null
                ? api.send("PATCH", "/api/v1/merchants/" + merchant, BodyPublishers.ofString(json), "Authorization", bearer,
                        "Content-Type", "application/json")
                : api.send("PATCH", "/api/v1/merchants/" + merchant, BodyPublishers.ofString(json), "Authorization", bearer,
                        "Content-Type", "application/json", "If-Match", ifMatch);
    }

    private static String registration(String slug, String iban) {
        return "{\"slug\": \"" + slug + "\", \"displayName\": \"Maison\", \"legalName\": \"Maison Lumière AB\", "
                + "\"country\": \"SE\", \"currency\": \"SEK\", \"organisationNumber\": \"556677-8899\", "
                + "\"payoutIban\": \"" + iban + "\"}";
    }

    private List<String> recentActions() {
        return audit.tail(200).stream().map(AuditEntry::action).toList();
    }
}
