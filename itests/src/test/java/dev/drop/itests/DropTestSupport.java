package dev.drop.itests;

import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.karaf.features.BootFinished;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * Boots the built Drop distribution in its own JVM, on free ports, and gives tests a real HTTP client. Test classes
 * choose the database: {@link #onPostgres()} (a fresh database per class) or the distribution's H2 default.
 */
public abstract class DropTestSupport {

    private static final String HTTP_PORT = "drop.it.http.port";
    private static final String FIXTURE_PREFIX = "drop.it.fixture.";

    @Inject
    protected BundleContext bundleContext;

    /** Tests start once Karaf has installed its boot features, whose refreshes could pull a package from under a test. */
    @Inject
    @Filter(timeout = 120_000)
    protected BootFinished bootFinished;

    protected static Option[] distribution(Option[] database, Option... more) {
        Option[] all = Arrays.copyOf(database, database.length + more.length);
        System.arraycopy(more, 0, all, database.length, more.length);
        return distribution(all);
    }

    protected static Option[] distribution(Option... more) {
        String karaf = System.getProperty("drop.karaf.version");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration().frameworkUrl("file:" + existing("drop.distribution"))
                        .name("Drop").karafVersion(karaf).unpackDirectory(new File("target/exam")).useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(FreePorts.next())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(FreePorts.next())),
                systemProperty(FIXTURE_PREFIX + "greeting").value(existing("drop.fixture.greeting")),
                systemProperty(FIXTURE_PREFIX + "faulty").value(existing("drop.fixture.faulty"))));
        String httpPort = String.valueOf(FreePorts.next());
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort));
        options.add(systemProperty(HTTP_PORT).value(httpPort));
        options.addAll(java17(karaf));
        options.addAll(Arrays.asList(more));
        return options.toArray(Option[]::new);
    }

    /** Points the distribution's DataSource at a fresh PostgreSQL database. */
    protected static Option[] onPostgres() {
        String cfg = "etc/org.ops4j.datasource-drop.cfg";
        return new Option[] {
                editConfigurationFilePut(cfg, "osgi.jdbc.driver.class", "org.postgresql.Driver"),
                editConfigurationFilePut(cfg, "url", FreshDatabase.create()),
                editConfigurationFilePut(cfg, "user", FreshDatabase.USER),
                editConfigurationFilePut(cfg, ".password", FreshDatabase.PASSWORD)};
    }

    /** The flags bin/karaf gives Java 9+, which Pax Exam does not. */
    private static List<Option> java17(String karaf) {
        List<String> flags = List.of(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "-Xmx768m",
                "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*");
        return flags.stream().map(VMOption::new).map(Option.class::cast).toList();
    }

    protected Http http() {
        return new Http(Integer.parseInt(System.getProperty(HTTP_PORT)));
    }

    /** Waits until the API answers its health check with 200: boot features may still be starting. */
    protected Http readyApi() {
        Http http = http();
        waitFor("the API to be ready", Duration.ofSeconds(90), () -> {
            try {
                return http.get("/api/v1/health").status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        }, () -> {
            try {
                return "health answers " + http.get("/api/v1/health") + "; " + notStarted() + "; the log's last warnings and "
                        + "errors:\n" + recentLogProblems();
            } catch (RuntimeException e) {
                return "health answers nothing: " + e + "; " + notStarted() + "; the log's last warnings and errors:\n"
                        + recentLogProblems();
            }
        });
        return http;
    }

    private String notStarted() {
        return "bundles not active: " + java.util.Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> bundle.getState() != Bundle.ACTIVE && bundle.getHeaders().get("Fragment-Host") == null)
                .map(bundle -> bundle.getSymbolicName() + " (" + bundle.getState() + ")").toList();
    }

    private static String recentLogProblems() {
        return recentLogLines(line -> line.contains("| ERROR |") || line.contains("| WARN  |"), 15);
    }

    /** The last {@code max} lines of this Karaf's log that match, for a failure to explain itself. */
    protected static String recentLogLines(Predicate<String> matching, int max) {
        try (Stream<String> lines = Files.lines(Path.of(System.getProperty("karaf.log"), "karaf.log"))) {
            List<String> matched = lines.filter(matching).toList();
            return String.join("\n", matched.subList(Math.max(0, matched.size() - max), matched.size()));
        } catch (IOException | RuntimeException e) {
            return "(the log cannot be read: " + e + ")";
        }
    }

    protected Bundle installFixture(String name) throws BundleException {
        Bundle bundle = bundleContext.installBundle("file:" + System.getProperty(FIXTURE_PREFIX + name));
        bundle.start();
        return bundle;
    }

    /** Waits until sign-in, merchants and catalog serve: what a test that opens a shop needs. */
    static AuthClient awaitShops(Http api) {
        AuthClient auth = new AuthClient(api).awaitModule();
        awaitModules(api, "merchants", "catalog");
        return auth;
    }

    /** Waits until each module, installed by the platform after boot, is active: all its routes served. */
    static void awaitModules(Http api, String... modules) {
        for (String module : modules) {
            waitFor("the " + module + " module", Duration.ofSeconds(90), () -> {
                try {
                    Http.Reply state = api.get("/api/v1/modules/" + module);
                    return state.status() == 200 && "ACTIVE".equals(state.json().path("state").asText());
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
        }
    }

    static void waitFor(String what, Duration timeout, BooleanSupplier condition) {
        waitFor(what, timeout, condition, null);
    }

    /** As {@link #waitFor(String, Duration, BooleanSupplier)}; a timeout also reports what {@code seen} tells then. */
    static void waitFor(String what, Duration timeout, BooleanSupplier condition, Supplier<String> seen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + timeout.toSeconds() + " s waiting for " + what + (seen == null ? "" : "; " + seen.get()));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    private static String existing(String property) {
        File file = new File(System.getProperty(property));
        if (!file.isFile()) {
            throw new IllegalStateException(file + " is missing: build the project first (./mvnw verify)");
        }
        return file.getAbsolutePath();
    }
}
