package dev.drop.itests;

import static dev.drop.itests.AuthClient.bearer;
import static dev.drop.itests.Metrics.sample;
import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItems;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

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

/** Accounts, sign-in, token rotation and replay, lockouts and roles, over real HTTP against PostgreSQL. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AuthIT extends DropTestSupport {

    @Inject
    private AuditLog audit;
    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        // every test signs in from 127.0.0.1: keep the per-address limit out of the way of the per-e-mail one
        return distribution(onPostgres(), editConfigurationFilePut("etc/dev.drop.auth.cfg", "addressFreeFailures", "100"));
    }

    private static final String FAILED_SIGN_INS = "drop_auth_sign_ins_total{method=\"password\",outcome=\"failed\",}";
    private static final String THROTTLED_SIGN_INS = "drop_auth_sign_ins_total{method=\"password\",outcome=\"throttled\",}";

    @Test
    public void registerSignInRefreshAndAReplayedRefreshTokenEndsTheWholeSession() {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        String id = auth.register("  Ada.Lovelace@Example.COM ");

        JsonNode tokens = auth.login("ada.lovelace@example.com");
        assertEquals("Bearer", tokens.path("token_type").asText());
        assertTrue(tokens.path("expires_in").asInt() >= 290);
        assertTrue(tokens.path("refresh_token").asText().length() >= 43);
        JsonNode me = api.get("/api/v1/auth/me", "Authorization", bearer(tokens)).json();
        assertEquals(id, me.path("id").asText());
        assertEquals("ada.lovelace@example.com", me.path("email").asText());
        assertEquals("CUSTOMER", me.path("roles").get(0).asText());

        String firstRefresh = tokens.path("refresh_token").asText();
        Http.Reply refreshed = api.postJson("/api/v1/auth/refresh", "{\"refresh_token\": \"" + firstRefresh + "\"}");
        assertEquals(refreshed.body(), 200, refreshed.status());
        assertEquals("no-store", refreshed.header("Cache-Control"));
        JsonNode second = refreshed.json();
        assertNotEquals(firstRefresh, second.path("refresh_token").asText());
        assertEquals(200, api.get("/api/v1/auth/me", "Authorization", bearer(second)).status());

        assertProblem(api.postJson("/api/v1/auth/refresh", "{\"refresh_token\": \"" + firstRefresh + "\"}"), 401,
                "invalid-refresh-token");
        assertProblem(api.get("/api/v1/auth/me", "Authorization", bearer(second)), 401, "unauthorized");
        assertProblem(api.postJson("/api/v1/auth/refresh", "{\"refresh_token\": \"" + second.path("refresh_token").asText()
                + "\"}"), 401, "invalid-refresh-token");
        assertTrue(recentActions().contains("auth.refresh.replay"));
        assertTrue(sample(api, "drop_auth_refresh_replays_total") >= 1);

        JsonNode again = auth.login("ada.lovelace@example.com");
        assertEquals(204, api.send("POST", "/api/v1/auth/logout", BodyPublishers.noBody(), "Authorization", bearer(again)).status());
        assertProblem(api.get("/api/v1/auth/me", "Authorization", bearer(again)), 401, "unauthorized");
        assertProblem(api.postJson("/api/v1/auth/refresh", "{\"refresh_token\": \"" + again.path("refresh_token").asText()
                + "\"}"), 401, "invalid-refresh-token");
    }

    @Test
    public void badRegistrationsAndSignInsAreProblemsThatChangeNothing() {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        assertProblem(api.postJson("/api/v1/auth/register", AuthClient.json("common@example.com", "password1234")), 400,
                "validation");
        assertProblem(api.postJson("/api/v1/auth/register", AuthClient.json("short@example.com", "too short")), 400,
                "validation");
        assertProblem(api.postJson("/api/v1/auth/register", AuthClient.json("not an address", AuthClient.PASSWORD)), 400,
                "validation");
        assertProblem(api.postJson("/api/v1/auth/register", "{\"email\": \"x@example.com\", \"password\": \"" + AuthClient.PASSWORD
                + "\", \"roles\": [\"ADMIN\"]}"), 400, "validation");
        assertProblem(api.postJson("/api/v1/auth/register", ""), 400, "validation");
        assertProblem(api.postJson("/api/v1/auth/login", "{\"email\": 12}"), 400, "validation");
        assertProblem(api.postJson("/api/v1/auth/refresh", "{}"), 401, "invalid-refresh-token");
        assertProblem(api.postJson("/api/v1/auth/login", AuthClient.json("common@example.com", "password1234")), 401,
                "invalid-credentials");

        auth.register("grace@example.com");
        assertProblem(api.postJson("/api/v1/auth/register", AuthClient.json("GRACE@example.com", AuthClient.PASSWORD)), 409,
                "conflict");
        assertProblem(api.get("/api/v1/auth/me", "Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."), 401,
                "unauthorized");
        assertProblem(api.get("/api/v1/auth/me", "Authorization", "Basic Z3JhY2U6eA=="), 401, "unauthorized");
    }

    @Test
    public void repeatedFailuresLockTheAddressOutTheSameWayWhetherOrNotTheAccountExists() {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        auth.register("hedy@example.com");
        double failedBefore = sample(api, FAILED_SIGN_INS);
        double throttledBefore = sample(api, THROTTLED_SIGN_INS);
        double lockoutsBefore = sample(api, "drop_auth_lockouts_total");
        for (String email : List.of("hedy@example.com", "nobody-here@example.com")) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertProblem(auth.tryLogin(email, "not the password at all"), 401, "invalid-credentials");
            }
            Http.Reply throttled = auth.tryLogin(email, AuthClient.PASSWORD);
            assertProblem(throttled, 429, "sign-in-throttled");
            assertNotNull(throttled.header("Retry-After"));
        }
        assertThat(recentActions(), hasItems("auth.login.failed", "auth.lockout"));
        assertEquals(failedBefore + 10, sample(api, FAILED_SIGN_INS), 0);
        assertEquals(throttledBefore + 2, sample(api, THROTTLED_SIGN_INS), 0);
        assertTrue(sample(api, "drop_auth_lockouts_total") >= lockoutsBefore + 2);
    }

    @Test
    public void rolesAreEnforcedAndTheModuleAdminRoutesNeedAnOperator() throws Exception {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        String id = auth.register("linus@example.com");
        JsonNode customer = auth.login("linus@example.com");
        assertProblem(api.get("/api/v1/admin/users", "Authorization", bearer(customer)), 403, "forbidden");
        assertProblem(api.get("/api/v1/admin/modules", "Authorization", bearer(customer)), 403, "forbidden");
        assertProblem(api.get("/api/v1/admin/users"), 401, "unauthorized");

        RoleGrants.grant(sessions, id, "ADMIN,OPERATOR");
        JsonNode admin = auth.login("linus@example.com");
        Http.Reply list = api.get("/api/v1/admin/users?limit=200", "Authorization", bearer(admin));
        assertEquals(list.body(), 200, list.status());
        assertThat(list.body(), containsString("linus@example.com"));
        assertEquals(200, api.get("/api/v1/admin/modules", "Authorization", bearer(admin)).status());
        String remote = "203.0.113.9";
        assertThat("an administrator sees the details from anywhere",
                api.get("/api/v1/health", "Authorization", bearer(admin), "X-Forwarded-For", remote).body(), containsString("PostgreSQL"));
        assertThat("a customer does not", api.get("/api/v1/health", "Authorization", bearer(customer), "X-Forwarded-For", remote).body(),
                not(containsString("PostgreSQL")));
        assertProblem(api.send("PUT", "/api/v1/admin/modules/auth", BodyPublishers.ofString("{\"enabled\": \"yes\"}"),
                "Authorization", bearer(admin), "Content-Type", "application/json"), 400, "validation");

        Http.Reply locked = api.postJson("/api/v1/admin/users/" + id + "/lock", "{\"reason\": \"it\"}", "Authorization",
                bearer(admin));
        assertEquals(locked.body(), 200, locked.status());
        assertProblem(api.get("/api/v1/auth/me", "Authorization", bearer(admin)), 401, "unauthorized");
        assertProblem(auth.tryLogin("linus@example.com", AuthClient.PASSWORD), 401, "invalid-credentials");
        assertThat(recentActions(), hasItems("auth.user.lock", "auth.user.roles"));
    }

    @Test
    public void withTheAuthModuleDisabledProtectedRoutesFailClosedAndComeBackWithIt() throws Exception {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        String id = auth.register("margaret@example.com");
        RoleGrants.grant(sessions, id, "OPERATOR");
        JsonNode operator = auth.login("margaret@example.com");

        Http.Reply off = api.send("PUT", "/api/v1/admin/modules/auth", BodyPublishers.ofString(
                "{\"enabled\": false, \"reason\": \"fail-closed test\"}"), "Authorization", bearer(operator),
                "Content-Type", "application/json");
        assertEquals(off.body(), 200, off.status());
        assertEquals("DISABLED", off.json().path("module").path("state").asText());

        assertProblem(api.get("/api/v1/admin/modules", "Authorization", bearer(operator)), 503, "unavailable");
        assertProblem(api.get("/api/v1/admin/modules"), 401, "unauthorized");
        JsonNode disabled = assertProblem(api.get("/api/v1/auth/me", "Authorization", bearer(operator)), 404, "module-disabled");
        assertThat(disabled.path("detail").asText(), containsString("auth"));
        assertEquals(200, api.get("/api/v1/health").status());
        String metrics = api.get("/metrics").body();
        assertThat("the module's metrics left with it", metrics, not(containsString("drop_auth_sign_ins_total")));
        assertEquals(1, sample(metrics, "drop_module_state{module=\"auth\",state=\"DISABLED\",}"), 0);

        // the operator's own token is useless now: re-enable from inside, as the console would
        new ModuleSwitch(bundleContext).enable("auth");
        auth.awaitModule();
        assertEquals(200, api.get("/api/v1/admin/modules", "Authorization", bearer(operator)).status());
        assertEquals("margaret@example.com", api.get("/api/v1/auth/me", "Authorization", bearer(operator)).json()
                .path("email").asText());
        auth.login("margaret@example.com");
        assertTrue("and came back with it", sample(api, "drop_auth_sign_ins_total{method=\"password\",outcome=\"ok\",}") >= 1);
    }

    @Test
    public void usersSeeAndEndTheirOwnSessionsOnly() {
        Http api = readyApi();
        AuthClient auth = new AuthClient(api).awaitModule();
        auth.register("katherine@example.com");
        auth.register("dorothy@example.com");
        JsonNode phone = auth.login("katherine@example.com");
        JsonNode laptop = auth.login("katherine@example.com");
        JsonNode other = auth.login("dorothy@example.com");

        JsonNode sessions = api.get("/api/v1/auth/sessions", "Authorization", bearer(laptop)).json();
        assertEquals(2, sessions.size());
        String phoneSession = null;
        for (JsonNode session : sessions) {
            if (!session.path("current").asBoolean()) {
                phoneSession = session.path("id").asText();
            }
        }
        String dorothysSession = api.get("/api/v1/auth/sessions", "Authorization", bearer(other)).json().get(0).path("id").asText();
        assertProblem(api.send("DELETE", "/api/v1/auth/sessions/" + dorothysSession, BodyPublishers.noBody(), "Authorization",
                bearer(laptop)), 404, "not-found");
        assertEquals(200, api.get("/api/v1/auth/me", "Authorization", bearer(other)).status());

        assertEquals(204, api.send("DELETE", "/api/v1/auth/sessions/" + phoneSession, BodyPublishers.noBody(), "Authorization",
                bearer(laptop)).status());
        assertProblem(api.get("/api/v1/auth/me", "Authorization", bearer(phone)), 401, "unauthorized");
        assertEquals(200, api.get("/api/v1/auth/me", "Authorization", bearer(laptop)).status());

        JsonNode tablet = auth.login("katherine@example.com");
        String change = "{\"currentPassword\": \"" + AuthClient.PASSWORD + "\", \"newPassword\": \"a whole new passphrase 77\"}";
        assertEquals(204, api.postJson("/api/v1/auth/password", change, "Authorization", bearer(laptop)).status());
        assertProblem(api.get("/api/v1/auth/me", "Authorization", bearer(tablet)), 401, "unauthorized");
        assertEquals(200, api.get("/api/v1/auth/me", "Authorization", bearer(laptop)).status());
        auth.login("katherine@example.com", "a whole new passphrase 77");
        assertTrue(recentActions().contains("auth.password.change"));
    }

    private List<String> recentActions() {
        return audit.tail(200).stream().map(AuditEntry::action).toList();
    }
}
