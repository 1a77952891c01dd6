package dev.drop.itests;

import static dev.drop.itests.AuthClient.bearer;
import static dev.drop.itests.Metrics.sample;
import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Sign-ins beyond e-mail and password, driven from outside as a user's browser and authenticator app drive them: the
 * OIDC authorization code flow with PKCE against a real OIDC provider started by the test, and TOTP at sign-in.
 */
public class SignInFlowsIT {

    private static final String CLIENT_ID = "drop-it";
    private static final String ISSUER_ID = "bank";

    private static MockOAuth2Server provider;
    private static Distribution node;
    private static Http api;
    private static AuthClient auth;

    @BeforeClass
    public static void start() throws Exception {
        provider = new MockOAuth2Server();
        provider.start();
        node = Distribution.unpack();
        node.onPostgres(FreshDatabase.create());
        node.configure("dev.drop.auth.oidc-bank.cfg", Map.of(
                "name", "bank",
                "displayName", "Bank ID",
                "issuer", provider.issuerUrl(ISSUER_ID).toString(),
                "clientId", CLIENT_ID,
                ".clientSecret", "it-client-secret",
                "redirectUri", "http://127.0.0.1:" + node.httpPort + "/api/v1/auth/oidc/bank/callback"));
        node.start();
        api = node.http();
        auth = new AuthClient(api).awaitModule();
        DropTestSupport.waitFor("the OIDC provider to be offered", Duration.ofSeconds(60),
                () -> api.get("/api/v1/auth/oidc").body().contains("\"bank\""));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    private static final String OIDC_SIGN_INS = "drop_auth_sign_ins_total{method=\"oidc\",outcome=\"ok\",}";

    @Test
    public void aFirstOidcSignInCreatesTheAccountAndLaterOnesReturnToIt() {
        JsonNode offered = api.get("/api/v1/auth/oidc").json().get(0);
        assertEquals("Bank ID", offered.path("displayName").asText());
        double oidcSignInsBefore = sample(api, OIDC_SIGN_INS);

        Browser browser = new Browser();
        URI start = URI.create("http://127.0.0.1:" + node.httpPort + offered.path("start").asText());
        Http.Reply toProvider = browser.get(start);
        assertEquals(toProvider.toString(), 303, toProvider.status());
        String authorize = toProvider.header("Location");
        assertThat(authorize, startsWith(provider.authorizationEndpointUrl(ISSUER_ID).toString()));
        assertThat(authorize, containsString("code_challenge_method=S256"));
        assertThat(authorize, containsString("nonce="));
        assertThat(toProvider.header("Set-Cookie"), containsString("HttpOnly"));

        JsonNode tokens = signIn(browser, start, "19790101-1234", "nora@example.com", true);
        JsonNode me = api.get("/api/v1/auth/me", "Authorization", bearer(tokens)).json();
        assertEquals("nora@example.com", me.path("email").asText());
        assertEquals("CUSTOMER", me.path("roles").get(0).asText());
        JsonNode sessions = api.get("/api/v1/auth/sessions", "Authorization", bearer(tokens)).json();
        assertEquals("oidc:bank", sessions.get(0).path("method").asText());

        JsonNode again = signIn(new Browser(), start, "19790101-1234", "nora@example.com", true);
        assertEquals(me.path("id").asText(), api.get("/api/v1/auth/me", "Authorization", bearer(again)).json().path("id").asText());
        assertEquals(oidcSignInsBefore + 2, sample(api, OIDC_SIGN_INS), 0);
        assertEquals(200, api.postJson("/api/v1/auth/refresh", "{\"refresh_token\": \""
                + again.path("refresh_token").asText() + "\"}").status());
    }

    @Test
    public void aVerifiedEmailLinksTheExistingAccountAndAnUnverifiedOneDoesNot() {
        String id = auth.register("ola@example.com");
        URI start = URI.create("http://127.0.0.1:" + node.httpPort + "/api/v1/auth/oidc/bank/start");

        Http.Reply unverified = callback(new Browser(), start, "19850505-5555", "ola@example.com", false);
        assertProblem(unverified, 409, "conflict");

        JsonNode tokens = signIn(new Browser(), start, "19850505-5555", "ola@example.com", true);
        assertEquals(id, api.get("/api/v1/auth/me", "Authorization", bearer(tokens)).json().path("id").asText());
        assertEquals(200, auth.tryLogin("ola@example.com", AuthClient.PASSWORD).status());
    }

    @Test
    public void aCallbackIsRefusedInAnotherBrowserTheSecondTimeAndWithAForgedState() {
        URI start = URI.create("http://127.0.0.1:" + node.httpPort + "/api/v1/auth/oidc/bank/start");
        Browser victim = new Browser();
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "attacker", "JWT", List.of(CLIENT_ID),
                Map.of("email", "mallory@example.com", "email_verified", true), 600));
        Browser attacker = new Browser();
        Http.Reply atProvider = attacker.follow(start, attacker.get(start));
        URI callback = URI.create(atProvider.header("Location"));

        String state = stateIn(callback);
        assertProblem(victim.get(callback), 401, "external-sign-in-failed");
        assertEquals(200, attacker.get(callback).status());
        assertProblem(new Browser().get(callback, "Cookie", "drop_oidc_state=" + state), 401, "external-sign-in-failed");

        Browser forger = new Browser();
        URI forged = URI.create(forger.follow(start, forger.get(start)).header("Location").replaceFirst("state=[^&]+", "state=forged"));
        assertProblem(forger.get(forged), 401, "external-sign-in-failed");
        assertProblem(forger.get(forged, "Cookie", "drop_oidc_state=forged"), 401, "external-sign-in-failed");

        Browser refused = new Browser();
        String refusedState = stateIn(URI.create(refused.get(start).header("Location")));
        URI denied = URI.create("http://127.0.0.1:" + node.httpPort + "/api/v1/auth/oidc/bank/callback?error=access_denied&state="
                + refusedState);
        assertProblem(refused.get(denied), 401, "external-sign-in-failed");

        assertProblem(api.get("/api/v1/auth/oidc/nobank/start"), 404, "not-found");
    }

    @Test
    public void anEnrolledAuthenticatorIsAskedForAtSignInAndACodeServesOnce() throws Exception {
        auth.register("tove@example.com");
        JsonNode first = auth.login("tove@example.com");
        JsonNode enrolment = api.postJson("/api/v1/auth/mfa/totp", "", "Authorization", bearer(first)).json();
        assertThat(enrolment.path("otpauthUri").asText(), startsWith("otpauth://totp/"));
        assertThat(enrolment.path("qrCode").asText(), startsWith("data:image/png;base64,"));
        Authenticator app = new Authenticator(enrolment.path("secret").asText());
        Instant now = Instant.now();

        Http.Reply confirmed = api.postJson("/api/v1/auth/mfa/totp/confirm", "{\"code\": \"" + app.code(now) + "\"}",
                "Authorization", bearer(first));
        assertEquals(confirmed.body(), 200, confirmed.status());
        List<String> recovery = List.of(confirmed.json().path("recoveryCodes").get(0).asText());

        assertProblem(auth.tryLogin("tove@example.com", AuthClient.PASSWORD), 401, "mfa-required");
        String next = app.code(now.plus(Duration.ofSeconds(30)));
        Http.Reply withCode = api.postJson("/api/v1/auth/login", login("tove@example.com", "\"totp\": \"" + next + "\""));
        assertEquals(withCode.body(), 200, withCode.status());
        assertProblem(api.postJson("/api/v1/auth/login", login("tove@example.com", "\"totp\": \"" + next + "\"")), 401,
                "invalid-credentials");

        String recoveryCode = "\"recoveryCode\": \"" + recovery.get(0) + "\"";
        assertEquals(200, api.postJson("/api/v1/auth/login", login("tove@example.com", recoveryCode)).status());
        assertProblem(api.postJson("/api/v1/auth/login", login("tove@example.com", recoveryCode)), 401, "invalid-credentials");
        JsonNode me = api.get("/api/v1/auth/me", "Authorization", bearer(withCode.json())).json();
        assertEquals(true, me.path("mfa").asBoolean());
    }

    /** Runs the whole flow as the given person of the provider and returns Drop's token response. */
    private static JsonNode signIn(Browser browser, URI start, String subject, String email, boolean verified) {
        Http.Reply reply = callback(browser, start, subject, email, verified);
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals("no-store", reply.header("Cache-Control"));
        JsonNode tokens = reply.json();
        assertEquals("Bearer", tokens.path("token_type").asText());
        assertNotEquals("", tokens.path("refresh_token").asText());
        return tokens;
    }

    private static Http.Reply callback(Browser browser, URI start, String subject, String email, boolean verified) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID),
                Map.of("email", email, "email_verified", verified), 600));
        Http.Reply toProvider = browser.get(start);
        URI authorize = URI.create(toProvider.header("Location"));
        return browser.follow(authorize, browser.get(authorize));
    }

    private static String stateIn(URI uri) {
        return uri.getRawQuery().replaceFirst("(^|.*&)state=([^&]+).*", "$2");
    }

    private static String login(String email, String secondFactor) {
        return "{\"email\": \"" + email + "\", \"password\": \"" + AuthClient.PASSWORD + "\", " + secondFactor + "}";
    }
}
