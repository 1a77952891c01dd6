package dev.drop.itests;

import static dev.drop.itests.Problems.assertProblem;
import static dev.drop.itests.Metrics.sample;
import static dev.drop.itests.Problems.assertProblemOutsideApi;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.endsWith;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/** Prometheus metrics at /metrics: the JVM, the API's answers and the modules, and who may read them. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetricsIT extends DropTestSupport {

    private static final String FORWARDED = "X-Forwarded-For";

    @Inject
    protected ConfigurationAdmin configurationAdmin;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres());
    }

    @Test
    public void metricsCountTheApisAnswersAndShowTheJvmAndTheModules() {
        Http api = readyApi();
        waitFor("auth to be active", Duration.ofSeconds(60), () -> sample(api,
                "drop_module_state{module=\"auth\",state=\"ACTIVE\",}") == 1);
        String notFound = "drop_http_requests_total{method=\"GET\",status=\"404\",}";
        double before = sample(api, notFound);
        for (int i = 0; i < 3; i++) {
            assertProblem(api.get("/api/v1/no-such-route"), 404, "not-found");
        }

        Http.Reply metrics = api.get("/metrics");
        assertEquals(200, metrics.status());
        assertThat(metrics.contentType(), startsWith("text/plain; version=0.0.4"));
        assertEquals(before + 3, sample(metrics.body(), notFound), 0);
        assertThat(metrics.body(), containsString("drop_http_request_duration_seconds_bucket{le=\"0.01\",}"));
        assertThat("the process' CPU time: the JVM's own MXBean is visible", metrics.body(),
                containsString("\nprocess_cpu_seconds_total "));
        assertThat(metrics.body(), containsString("\njvm_memory_bytes_used{area=\"heap\",} "));
        assertEquals(1, sample(metrics.body(), "drop_module_enabled{module=\"catalog\",}"), 0);
        assertEquals(0, sample(metrics.body(), "drop_module_state{module=\"catalog\",state=\"FAILED\",}"), 0);
        assertEquals("the shipped pool size", 16, sample(metrics.body(), "drop_db_pool_connections_max{pool=\"drop\",}"), 0);
        assertThat(metrics.body(), containsString("drop_db_pool_connections{pool=\"drop\",state=\"idle\",} "));
        assertEquals(0, sample(metrics.body(), "drop_db_pool_threads_waiting{pool=\"drop\",}"), 0);
    }

    @Test
    public void scrapersCanAskForOpenMetricsAndForSomeFamiliesOnly() {
        Http api = readyApi();
        Http.Reply open = api.get("/metrics?name[]=drop_module_enabled&name[]=drop_module_enabled",
                "Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8");
        assertEquals(200, open.status());
        assertThat(open.contentType(), startsWith("application/openmetrics-text"));
        assertThat(open.body(), startsWith("# TYPE drop_module_enabled gauge"));
        assertThat(open.body(), endsWith("# EOF\n"));
        assertEquals(0, sample(open.body(), "process_cpu_seconds_total"), 0);
    }

    @Test
    public void metricsAreReadWithGetOnly() {
        Http.Reply reply = readyApi().send("POST", "/metrics", BodyPublishers.ofString("{}"), "Content-Type", "application/json");
        assertProblemOutsideApi(reply, 405, "method-not-allowed");
        assertEquals("GET, HEAD", reply.header("Allow"));
    }

    @Test
    public void callersAProxyForwardedNeedTheScrapeToken() throws IOException {
        Http api = readyApi();
        assertProblemOutsideApi(api.get("/metrics", FORWARDED, "203.0.113.9"), 403, "forbidden");

        org.osgi.service.cm.Configuration settings = configurationAdmin.getConfiguration("dev.drop.platform.metrics", null);
        Dictionary<String, Object> shipped = settings.getProperties();
        try {
            Dictionary<String, Object> withToken = new Hashtable<>();
            withToken.put(".scrapeToken", "it-scrape-token-5d1f");
            withToken.put("loopbackWithoutToken", true);
            settings.update(withToken);
            waitFor("the scrape token to apply", Duration.ofSeconds(10), () -> api.get("/metrics", FORWARDED,
                    "203.0.113.9", "Authorization", "Bearer it-scrape-token-5d1f").status() == 200);

            Http.Reply wrongToken = api.get("/metrics", FORWARDED, "203.0.113.9", "Authorization", "Bearer it-scrape-token-5d1e");
            assertProblemOutsideApi(wrongToken, 403, "forbidden");
            assertProblemOutsideApi(api.get("/metrics", FORWARDED, "203.0.113.9"), 403, "forbidden");
            assertEquals("on this machine, no token needed", 200, api.get("/metrics").status());
        } finally {
            settings.update(shipped == null ? new Hashtable<>() : shipped);
        }
    }
}
