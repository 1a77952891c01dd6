package dev.drop.itests;

import static dev.drop.itests.Problems.assertProblem;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.module.ModuleChange;
import dev.drop.platform.module.ModuleException;
import dev.drop.platform.module.ModuleInfo;
import dev.drop.platform.module.ModuleService;
import dev.drop.platform.module.ModuleState;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;

/** Modules switched on and off, rolled back and hot-deployed while everything else keeps running untouched. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleLifecycleIT extends DropTestSupport {

    private static final String OPERATOR = "it:operator";

    @Inject
    private FeaturesService features;
    @Inject
    @Filter(timeout = 60_000)
    private ModuleService modules;
    @Inject
    private AuditLog audit;
    @Inject
    private SessionFactory sessions;

    private Http api;
    private TestModules testModules;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres());
    }

    @Before
    public void testModulesKnown() throws Exception {
        api = readyApi();
        testModules = TestModules.addTo(features);
    }

    @Test
    public void aDisabledModulesRoutesNameItItsDataStaysAndNothingElseIsTouched() {
        modules.enable("greeting", OPERATOR, "first release");
        String id = api.postJson("/api/v1/greetings", "{\"name\": \"Ada\"}").json().path("id").asText();

        try (BundleWatch watch = new BundleWatch(bundleContext, TestModulesFilter::isGreeting)) {
            ModuleChange disabled = modules.disable("greeting", OPERATOR, "maintenance window");
            assertEquals(ModuleState.DISABLED, disabled.state());
            JsonNode problem = assertProblem(api.get("/api/v1/greetings/" + id), 404, "module-disabled");
            assertEquals("module greeting is disabled", problem.path("detail").asText());
            assertEquals("greeting", problem.path("module").asText());
            assertProblem(api.get("/api/v1/greetings"), 404, "module-disabled");
            assertProblem(api.get("/api/v1/no-module-here"), 404, "not-found");
            assertFalse(api.get("/api/openapi.json").json().path("paths").has("/v1/greetings"));
            assertEquals(ModuleState.DISABLED, modules.find("greeting").orElseThrow().state());

            ModuleChange enabled = modules.enable("greeting", OPERATOR, "maintenance over");
            assertEquals(ModuleState.ACTIVE, enabled.state());
            assertTrue("took " + enabled.took(), enabled.took().compareTo(Duration.ofSeconds(10)) < 0);
            assertTrue(watch.disturbances(), watch.undisturbed());
        }
        assertEquals("the data is there again", "Ada", api.get("/api/v1/greetings/" + id).json().path("name").asText());
    }

    @Test
    public void anEnableThatCannotResolveSaysWhatIsMissingAndChangesNothing() {
        try (BundleWatch watch = new BundleWatch(bundleContext, bundle -> false)) {
            ModuleException refused = assertThrows(ModuleException.class, () -> modules.enable("needy", OPERATOR, "try"));
            assertEquals("module needy cannot be enabled: drop-needy needs package dev.drop.nowhere, which nothing installed"
                    + " provides", refused.getMessage());
            assertTrue(watch.disturbances(), watch.undisturbed());
        }
        ModuleInfo needy = modules.find("needy").orElseThrow();
        assertFalse("the desired state is unchanged", needy.enabled());
    }

    @Test
    public void anEnableWhoseMigrationFailsIsRolledBackAndSaysWhy() throws Exception {
        ModuleException refused = assertThrows(ModuleException.class, () -> modules.enable("faulty", OPERATOR, "try"));
        assertThat(refused.getMessage(), containsString("module faulty could not start"));
        assertThat(refused.getMessage(), containsString("schema faulty could not be migrated"));
        assertThat(refused.getMessage(), containsString("the module was uninstalled again"));
        assertFalse(features.isInstalled(features.getFeature("drop-faulty")));
        assertTrue(Arrays.stream(bundleContext.getBundles()).noneMatch(b -> "dev.drop.fixture.faulty".equals(b.getSymbolicName())));
        assertFalse(modules.find("faulty").orElseThrow().enabled());
    }

    @Test
    public void aHotDeployedBuildServesAtOnceTouchesNothingElseAndStaysAfterReinstall() throws Exception {
        modules.enable("greeting", OPERATOR, "baseline");
        String id = api.postJson("/api/v1/greetings", "{\"name\": \"Grace\"}").json().path("id").asText();
        assertEquals("Hello, Grace!", api.get("/api/v1/greetings/" + id).json().path("text").asText());
        long bundleId = greetingBundle().getBundleId();

        try (BundleWatch watch = new BundleWatch(bundleContext, TestModulesFilter::isGreeting)) {
            modules.update("greeting", testModules.greetingBuild("Hej").toUri(), OPERATOR, "new salutation");
            waitFor("the new build to serve", Duration.ofSeconds(10),
                    () -> "Hej, Grace!".equals(api.get("/api/v1/greetings/" + id).json().path("text").asText()));
            assertEquals("updated in place, same bundle", bundleId, greetingBundle().getBundleId());
            assertTrue(watch.disturbances(), watch.undisturbed());
        }
        modules.disable("greeting", OPERATOR, "reinstall");
        modules.enable("greeting", OPERATOR, "reinstall");
        assertEquals("a feature operation keeps the new build", "Hej, Grace!",
                api.get("/api/v1/greetings/" + id).json().path("text").asText());
        modules.update("greeting", testModules.greetingBuild("Hello").toUri(), OPERATOR, "back to the original");
    }

    @Test
    public void modulesAreListedOverRestAndTheConsoleAndEveryChangeIsAudited() throws Exception {
        modules.enable("greeting", OPERATOR, "listing");
        JsonNode listed = api.get("/api/v1/modules").json();
        JsonNode greeting = null;
        for (JsonNode module : listed) {
            if ("greeting".equals(module.path("name").asText())) {
                greeting = module;
            }
        }
        assertTrue(listed.toString(), greeting != null);
        assertEquals("ACTIVE", greeting.path("state").asText());
        assertTrue(greeting.path("enabled").asBoolean());
        assertEquals("dev.drop.fixture.greeting", greeting.path("bundles").get(0).path("symbolicName").asText());
        assertProblem(api.get("/api/v1/modules/nope"), 404, "not-found");

        Console console = new Console(sessions);
        assertThat(console.run("drop:module list"), containsString("greeting"));
        assertThat(console.run("drop:module disable greeting --reason 'from the console'"), containsString("disabled in"));
        assertThat(console.run("drop:module status greeting"), containsString("disabled"));
        Exception noReason = assertThrows(Exception.class, () -> console.run("drop:module enable greeting"));
        assertThat(noReason.getMessage(), containsString("reason"));
        assertThat(console.run("drop:module enable greeting -r 'back on'"), containsString("active in"));

        List<String> recent = audit.tail(5).stream().map(entry -> entry.action() + " " + entry.target() + " " + entry.detail())
                .toList();
        assertThat(recent.toString(), containsString("module.disable module:greeting reason: from the console"));
        assertThat(recent.toString(), containsString("module.enable module:greeting reason: back on"));
        assertTrue(audit.verify().intact());
        assertThat(console.run("drop:audit verify"), containsString("intact"));
        assertThat(console.run("drop:audit tail -n 3"), not(containsString("Exception")));
    }

    private Bundle greetingBundle() {
        return Arrays.stream(bundleContext.getBundles()).filter(TestModulesFilter::isGreeting).findFirst().orElseThrow();
    }

    /** The bundle the tests switch on and off. */
    static final class TestModulesFilter {
        static boolean isGreeting(Bundle bundle) {
            return "dev.drop.fixture.greeting".equals(bundle.getSymbolicName());
        }
    }
}
