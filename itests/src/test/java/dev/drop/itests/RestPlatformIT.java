package dev.drop.itests;

import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.endsWith;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;
import javax.inject.Inject;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;

/** The REST platform on PostgreSQL: health, OpenAPI, and a problem for every kind of bad request. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestPlatformIT extends DropTestSupport {

    @Inject
    private SessionFactory sessions;

    private Http api;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres());
    }

    @Before
    public void greetingModuleServing() throws BundleException {
        api = readyApi();
        boolean installed = Arrays.stream(bundleContext.getBundles())
                .anyMatch(b -> "dev.drop.fixture.greeting".equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE);
        if (!installed) {
            installFixture("greeting");
            waitFor("the greeting routes", Duration.ofSeconds(10), () -> api.get("/api/v1/greetings").status() == 200);
        }
    }

    @Test
    public void healthReportsTheDatabaseUp() {
        Http.Reply health = api.get("/api/v1/health");
        assertEquals(health.toString(), 200, health.status());
        JsonNode database = health.json().path("checks").get(0);
        assertEquals("database", database.path("name").asText());
        assertEquals("UP", database.path("status").asText());
        assertThat(database.path("detail").asText(), startsWith("PostgreSQL"));
        assertEquals("UP", api.get("/api/v1/health/live").json().path("status").asText());
        assertEquals(200, api.get("/api/v1/health/ready").status());
    }

    @Test
    public void operatorsReadTheHealthChecksAtTheConsole() throws Exception {
        String health = new Console(sessions).run("drop:health");
        assertThat(health, containsString("database"));
        assertThat(health, containsString("PostgreSQL"));
        assertThat(health, containsString("module:catalog"));
        assertThat(health, containsString("servlets served"));
        assertThat(health, endsWith("ready\n"));
    }

    @Test
    public void callersFromElsewhereSeeWhatIsUpButNotTheDetails() {
        Http.Reply health = api.get("/api/v1/health", "X-Forwarded-For", "203.0.113.9");
        assertEquals(health.toString(), 200, health.status());
        JsonNode database = check(health.json(), "database");
        assertEquals("UP", database.path("status").asText());
        assertFalse("no database version for the internet: " + health.body(), database.has("detail"));
        assertFalse(health.body(), health.body().contains("PostgreSQL"));
    }

    @Test
    public void healthNamesAServletTheWebServerDoesNotServe() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", "/orphan/*");
        properties.put("osgi.http.whiteboard.servlet.name", "it-orphan");
        properties.put("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=no-such-context)");
        ServiceRegistration<Servlet> orphan = bundleContext.registerService(Servlet.class, new HttpServlet() { }, properties);
        try {
            waitFor("health to miss the servlet", Duration.ofSeconds(10), () -> api.get("/api/v1/health").status() == 503);
            JsonNode web = check(api.get("/api/v1/health").json(), "web");
            assertEquals("DOWN", web.path("status").asText());
            assertThat(web.path("detail").asText(), containsString("servlet it-orphan at /orphan/*"));
            Exception console = assertThrows(Exception.class, () -> new Console(sessions).run("drop:health"));
            assertThat(console.getMessage(), containsString("not ready: web"));
            Http.Reply forwarded = api.get("/api/v1/health", "Forwarded", "for=203.0.113.9");
            JsonNode problem = assertProblem(forwarded, 503, "unavailable");
            assertThat(problem.path("detail").asText(), containsString("Not ready: web"));
            assertFalse("no servlet or bundle names for the internet: " + forwarded.body(), forwarded.body().contains("orphan"));
        } finally {
            orphan.unregister();
        }
        waitFor("health to be ready again", Duration.ofSeconds(10), () -> api.get("/api/v1/health").status() == 200);
        JsonNode web = check(api.get("/api/v1/health").json(), "web");
        assertEquals("UP", web.path("status").asText());
        assertThat(web.path("detail").asText(), endsWith("servlets served"));
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (name.equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + health);
    }

    @Test
    public void openApiDescribesTheRoutesServed() {
        Http.Reply openApi = api.get("/api/openapi.json");
        assertEquals(200, openApi.status());
        JsonNode document = openApi.json();
        assertThat(document.path("openapi").asText(), startsWith("3."));
        assertTrue(document.path("paths").has("/v1/health"));
        assertTrue(document.path("paths").path("/v1/greetings").has("post"));
        assertTrue(document.path("paths").has("/v1/greetings/{id}"));
    }

    @Test
    public void greetingsAreStoredInTheModulesSchema() {
        Http.Reply created = api.postJson("/api/v1/greetings", "{\"name\": \"Ada\"}");
        assertEquals(created.toString(), 201, created.status());
        String id = created.json().path("id").asText();
        assertThat(created.header("Location"), containsString("/api/v1/greetings/" + id));
        Http.Reply read = api.get("/api/v1/greetings/" + id);
        assertEquals("Hello, Ada!", read.json().path("text").asText());
        assertThat(read.json().path("createdAt").asText(), containsString("T"));
    }

    @Test
    public void anUnknownRouteIsANotFoundProblem() {
        JsonNode problem = assertProblem(api.get("/api/v1/no-such-thing"), 404, "not-found");
        assertThat(problem.path("detail").asText(), containsString("GET /api/v1/no-such-thing"));
        assertProblem(api.get("/api/v1/greetings/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(api.get("/api/v1/greetings/not-a-uuid"), 404, "not-found");
    }

    @Test
    public void aWrongMethodIsAMethodNotAllowedProblemWithAllow() {
        Http.Reply reply = api.send("DELETE", "/api/v1/health", BodyPublishers.noBody());
        assertProblem(reply, 405, "method-not-allowed");
        assertThat(reply.header("Allow"), containsString("GET"));
    }

    @Test
    public void unacceptableAndUnsupportedMediaTypesAreProblems() {
        assertProblem(api.get("/api/v1/health", "Accept", "application/xml"), 406, "not-acceptable");
        Http.Reply text = api.send("POST", "/api/v1/greetings", BodyPublishers.ofString("name=Ada"),
                "Content-Type", "text/plain");
        assertProblem(text, 415, "unsupported-media-type");
    }

    @Test
    public void badJsonIsAProblemAndStoresNothing() {
        int before = api.get("/api/v1/greetings").json().size();

        JsonNode malformed = assertProblem(api.postJson("/api/v1/greetings", "{\"name\": \"Ada\""), 400, "malformed-json");
        assertThat(malformed.path("detail").asText(), containsString("line 1"));

        JsonNode unknown = assertProblem(api.postJson("/api/v1/greetings", "{\"name\": \"Ada\", \"admin\": true}"),
                400, "validation");
        assertEquals("admin", unknown.path("errors").get(0).path("field").asText());

        JsonNode wrongType = assertProblem(api.postJson("/api/v1/greetings", "{\"name\": [1, 2]}"), 400, "validation");
        assertEquals("name", wrongType.path("errors").get(0).path("field").asText());
        assertThat(wrongType.path("errors").get(0).path("message").asText(), containsString("a string"));

        assertProblem(api.postJson("/api/v1/greetings", "{\"name\": 42}"), 400, "validation");
        assertProblem(api.postJson("/api/v1/greetings", "[]"), 400, "validation");
        assertProblem(api.postJson("/api/v1/greetings", "{} {}"), 400, "malformed-json");
        assertProblem(api.postJson("/api/v1/greetings", ""), 400, "validation");
        assertProblem(api.postJson("/api/v1/greetings", "{\"name\": \"" + "x".repeat(51) + "\"}"), 400, "validation");

        assertEquals(before, api.get("/api/v1/greetings").json().size());
    }

    @Test
    public void anOversizedBodyIsAPayloadTooLargeProblem() {
        String huge = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(api.postJson("/api/v1/greetings", huge), 413, "payload-too-large");

        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        Http.Reply chunked = api.postStream("/api/v1/greetings", "application/json", () -> new ByteArrayInputStream(bytes));
        assertProblem(chunked, 413, "payload-too-large");
        assertEquals("the API still serves", 200, api.get("/api/v1/health").status());
    }

    @Test
    public void anUnexpectedErrorIsA500ThatRevealsNothingAndIsLoggedUnderTheRequestId() throws IOException {
        Http.Reply reply = api.get("/api/v1/greetings/failure", "X-Request-Id", "it-failure-0001");
        assertEquals("it-failure-0001", reply.header("X-Request-Id"));
        JsonNode problem = assertProblem(reply, 500, "internal");
        assertThat(problem.path("detail").asText(), containsString("it-failure-0001"));
        assertFalse(reply.body().contains("deliberate"));

        Path log = Path.of(System.getProperty("karaf.log"), "karaf.log");
        waitFor("the failure in the log", Duration.ofSeconds(5), () -> {
            try {
                return Files.readString(log).contains("req=it-failure-0001");
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(Files.readString(log), containsString("deliberate failure for the integration tests"));
    }

    @Test
    public void malformedContentTypeAndAcceptHeadersAreProblemsThatNameTheHeader() {
        int before = api.get("/api/v1/greetings").json().size();
        Http.Reply contentType = api.send("POST", "/api/v1/greetings", BodyPublishers.ofString("{\"name\": \"Ada\"}"),
                "Content-Type", "a/b/c");
        JsonNode problem = assertProblem(contentType, 400, "bad-request");
        assertThat(problem.path("detail").asText(), containsString("Content-Type header 'a/b/c'"));
        assertEquals("nothing was created", before, api.get("/api/v1/greetings").json().size());

        JsonNode accept = assertProblem(api.get("/api/v1/greetings", "Accept", "*/*;q=abc"), 400, "bad-request");
        assertThat(accept.path("detail").asText(), containsString("Accept header '*/*;q=abc'"));
    }

    @Test
    public void optionsListsTheMethodsOfAPathToAnyone() {
        Http.Reply options = api.send("OPTIONS", "/api/v1/greetings", BodyPublishers.noBody());
        assertEquals(options.body(), 200, options.status());
        assertThat(options.header("Allow"), containsString("GET"));
        assertThat(options.header("Allow"), containsString("POST"));
    }

    @Test
    public void credentialsNoModuleAcceptsAreRefusedOnProtectedRoutes() {
        JsonNode refused = assertProblem(api.get("/api/v1/auth/me", "Authorization", "Bearer a.b.c"), 401, "unauthorized");
        assertThat(refused.path("detail").asText(), containsString("No running module accepts these credentials"));
        assertEquals("a public route still answers", 200,
                api.get("/api/v1/health/live", "Authorization", "Bearer a.b.c").status());
    }

    @Test
    public void theStorefrontAdminMediaAndMetricsGiveTheirAnswersARequestIdToo() {
        for (String path : List.of("/shop/no-such-shop/", "/admin/", "/media/" + "0".repeat(64) + ".jpg", "/metrics")) {
            Http.Reply echoed = api.get(path, "X-Request-Id", "it-web-0001");
            assertEquals(path + " answered " + echoed + "; the log says:\n"
                    + recentLogLines(line -> line.contains("| WARN") || line.contains("| ERROR") || line.contains("ServletModel") || line.contains("context"), 60),
                    "it-web-0001", echoed.header("X-Request-Id"));
            String generated = api.get(path).header("X-Request-Id");
            assertTrue(path + ": " + generated, generated != null && generated.matches("[0-9a-f]{32}"));
        }
    }

    @Test
    public void aRequestIdIsReturnedEvenWhenTheClientSendsNone() {
        String generated = api.get("/api/v1/health").header("X-Request-Id");
        assertTrue(generated, generated.matches("[0-9a-f]{32}"));
        String hostile = api.get("/api/v1/health", "X-Request-Id", "bad id with spaces\u00e9").header("X-Request-Id");
        assertTrue(hostile, hostile.matches("[0-9a-f]{32}"));
    }
}
