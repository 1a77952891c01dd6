package dev.drop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** A module's routes come and go with its bundle while every other request keeps succeeding. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleRoutesIT extends DropTestSupport {

    private static final int CYCLES = 5;
    private static final int CLIENTS = 4;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres());
    }

    @Test
    public void routesAppearAndDisappearWithTheBundleWithoutFailingConcurrentRequests() throws Exception {
        Http api = readyApi();
        assertEquals(404, api.get("/api/v1/greetings").status());
        assertFalse(describesGreetings(api));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> clients = IntStream.range(0, CLIENTS).mapToObj(i -> new Thread(() -> {
            while (running.get()) {
                try {
                    Http.Reply reply = api.get("/api/v1/health");
                    if (reply.status() == 200) {
                        served.incrementAndGet();
                    } else {
                        failures.add(reply.toString());
                    }
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }
        }, "health-client-" + i)).toList();
        clients.forEach(Thread::start);

        for (int cycle = 0; cycle < CYCLES; cycle++) {
            Bundle greeting = installFixture("greeting");
            waitFor("the greeting route", Duration.ofSeconds(10), () -> api.get("/api/v1/greetings").status() == 200,
                    () -> api.get("/api/v1/greetings") + "; bundle " + greeting.getState() + "; health " + api.get("/api/v1/health"));
            assertTrue(describesGreetings(api));

            greeting.uninstall();
            waitFor("the greeting route to go", Duration.ofSeconds(10), () -> api.get("/api/v1/greetings").status() == 404);
            assertFalse(describesGreetings(api));
        }

        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
        assertTrue("failed requests: " + failures, failures.isEmpty());
        assertTrue("requests served during the cycles: " + served, served.get() > 100);
    }

    private static boolean describesGreetings(Http api) {
        return api.get("/api/openapi.json").json().path("paths").has("/v1/greetings");
    }
}
