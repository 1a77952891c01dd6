package dev.drop.itests;

import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.equalTo;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.Test;

/**
 * An operator's choice of modules is kept in the database: it survives restarts, and a node that starts from scratch
 * (a new node of a cluster) follows it too, although the module is on by default. While a node boots, everything it
 * answers is Drop's own; operators reach its console with Ed25519 and RSA keys, and a key not listed is refused.
 */
public class ModuleRestartIT {

    @Test
    public void aDisabledModuleStaysDisabledAcrossRestartsAndOnAFreshNodeAndComesBackWithItsData() throws Exception {
        try (Distribution node = Distribution.unpack()) {
            node.onPostgres(FreshDatabase.create());
            node.withGreetingModule();
            Path ed25519 = node.newKey("ed25519");
            Path rsa = node.newKey("rsa");
            Path stranger = node.newKey("ed25519");
            node.authorizeKey("edna", ed25519);
            node.authorizeKey("rosa", rsa);
            Http api = node.http();
            startWatchingEveryAnswer(node, api);
            for (String user : List.of("edna", "rosa")) {
                Distribution.SshRun run = node.ssh(user, user.equals("edna") ? ed25519 : rsa, "drop:module list");
                assertEquals(user + ": " + run.output(), 0, run.exit());
                assertThat(run.output(), containsString("greeting"));
            }
            Distribution.SshRun refused = node.ssh("edna", stranger, "drop:module list");
            assertThat("a key not listed for the user is refused: " + refused.output(), refused.exit(), not(equalTo(0)));
            assertThat(refused.output(), not(containsString("greeting")));
            waitFor(node, "the greeting module", () -> status(api, "/api/v1/greetings") == 200);
            String id = api.postJson("/api/v1/greetings", "{\"name\": \"Ada\"}").json().path("id").asText();

            assertThat(node.console("drop:module disable greeting --reason 'restart test'"), containsString("disabled in"));
            assertThat(node.consoleFailing("drop:module status no-such-module"), containsString("no-such-module"));
            assertProblem(api.get("/api/v1/greetings/" + id), 404, "module-disabled");

            node.stop();
            startWatchingEveryAnswer(node, api);
            waitFor(node, "the module to be reported disabled", () -> disabledProblem(api, "/api/v1/greetings/" + id));
            assertProblem(api.get("/api/v1/greetings/" + id), 404, "module-disabled");

            node.stop();
            node.forgetInstalledFeatures();
            node.start();
            waitFor(node, "a fresh node to follow the desired state", () -> disabledProblem(api, "/api/v1/greetings/" + id));
            assertProblem(api.get("/api/v1/greetings/" + id), 404, "module-disabled");

            assertThat(node.console("drop:module enable greeting --reason 'restart test over'"), containsString("active in"));
            assertEquals("Ada", api.get("/api/v1/greetings/" + id).json().path("name").asText());

            node.stop();
            node.start();
            waitFor(node, "the module after a restart", () -> status(api, "/api/v1/greetings/" + id) == 200);
            assertEquals("Ada", api.get("/api/v1/greetings/" + id).json().path("name").asText());
        }
    }

    /** Starts the node and waits until it is ready, asserting that every answer meanwhile was Drop's own. */
    private static void startWatchingEveryAnswer(Distribution node, Http api) throws Exception {
        try (BootWatch boot = BootWatch.start(api)) {
            node.start();
            waitFor(node, "the API to be ready", () -> status(api, "/api/v1/health") == 200);
            boot.close();
            assertEquals(boot.summary() + "; not Drop's own: " + boot.foreignAnswers(), List.of(), boot.foreignAnswers());
        }
    }

    /** While the platform boots, the route is briefly just unknown; then its module is named. */
    private static boolean disabledProblem(Http api, String path) {
        try {
            return api.get(path).body().contains("problems/module-disabled");
        } catch (RuntimeException notUpYet) {
            return false;
        }
    }

    private static int status(Http api, String path) {
        try {
            return api.get(path).status();
        } catch (RuntimeException notUpYet) {
            return -1;
        }
    }

    private static void waitFor(Distribution node, String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "\n" + node.diagnosis());
            }
            Thread.sleep(100);
        }
    }
}
