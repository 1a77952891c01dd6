package dev.drop.itests;

import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.event.EventSubscriber;
import dev.drop.platform.flag.Flag;
import dev.drop.platform.flag.FlagService;
import dev.drop.platform.flag.FlagSubject;
import dev.drop.platform.flag.RolloutBy;
import dev.drop.platform.module.ModuleService;
import java.time.Duration;
import java.util.Set;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
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

    @Configuration
    public Option[] config() {
        return distribution();
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
}
