package dev.drop.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import org.apache.karaf.features.FeaturesService;

/**
 * The test-only modules, installed the way real modules are: their jars in Karaf's {@code system/} repository and a
 * features repository naming them by {@code mvn:} URL. {@code greeting} works, {@code faulty}'s migration fails and
 * {@code needy} requires a package nobody exports.
 */
final class TestModules {

    final Path directory;
    final Path greetingJar;
    final URI repository;

    private TestModules(Path directory, Path greetingJar, URI repository) {
        this.directory = directory;
        this.greetingJar = greetingJar;
        this.repository = repository;
    }

    static final String GREETING = "mvn:dev.drop.it/fixture-greeting/0.1.0";
    static final String FAULTY = "mvn:dev.drop.it/fixture-faulty/0.1.0";

    /** Writes the repository (once per container) and adds it to Karaf. */
    static TestModules addTo(FeaturesService features) throws Exception {
        Path directory = Path.of(System.getProperty("karaf.data"), "it-modules");
        Path xml = directory.resolve("features.xml");
        Path system = Path.of(System.getProperty("karaf.home"), "system", "dev", "drop", "it");
        Path greeting = system.resolve("fixture-greeting/0.1.0/fixture-greeting-0.1.0.jar");
        if (!Files.exists(xml)) {
            Files.createDirectories(directory);
            place("drop.it.fixture.greeting", greeting);
            place("drop.it.fixture.faulty", system.resolve("fixture-faulty/0.1.0/fixture-faulty-0.1.0.jar"));
            Files.writeString(xml, REPOSITORY.formatted(false, GREETING, FAULTY), StandardCharsets.UTF_8);
        }
        features.addRepository(xml.toUri());
        return new TestModules(directory, greeting, xml.toUri());
    }

    private static void place(String fixture, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(Path.of(System.getProperty(fixture)), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A new build of the greeting bundle that greets with {@code salutation}. */
    Path greetingBuild(String salutation) throws IOException {
        Path build = directory.resolve("fixture-greeting-" + salutation + ".jar");
        try (JarInputStream in = new JarInputStream(Files.newInputStream(greetingJar));
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(build), in.getManifest())) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                out.putNextEntry(new JarEntry(entry.getName()));
                if (entry.getName().equals("greeting.properties")) {
                    out.write(("salutation = " + salutation + "\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    copy(in, out);
                }
                out.closeEntry();
            }
        }
        return build;
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
    }

    /**
     * The features repository of the test modules; format with whether greeting is on by default, and the greeting and
     * faulty bundle locations.
     */
    static final String REPOSITORY = """
                <features name="drop-it" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                  <feature name="drop-greeting" version="0.1.0">
                    <capability>drop.module;drop.module=greeting;enabled=%s;routes:List&lt;String&gt;="/v1/greetings"</capability>
                    <bundle>%s</bundle>
                  </feature>
                  <feature name="drop-faulty" version="0.1.0">
                    <capability>drop.module;drop.module=faulty;routes:List&lt;String&gt;="/v1/faulty"</capability>
                    <bundle>%s</bundle>
                  </feature>
                  <feature name="drop-needy" version="0.1.0">
                    <capability>drop.module;drop.module=needy;routes:List&lt;String&gt;="/v1/needy"</capability>
                    <requirement>osgi.wiring.package;filter:="(osgi.wiring.package=dev.drop.nowhere)"</requirement>
                  </feature>
                </features>
                """;
}
