package dev.drop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built distribution unpacked and run as operators run it ({@code bin/karaf server}, {@code bin/client}), on free
 * ports, for the tests that restart the runtime or watch it refuse to start.
 */
final class Distribution implements AutoCloseable {

    private static final String USER = "itops";
    private static final String PASSWORD = "it-operator-passphrase";

    final Path home;
    final int httpPort = FreePorts.next();
    final int sshPort = FreePorts.next();
    private Process karaf;

    private Distribution(Path home) {
        this.home = home;
    }

    static Distribution unpack() throws IOException, InterruptedException {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "dist");
        Process tar = new ProcessBuilder("tar", "-xzf", new File(System.getProperty("drop.distribution")).getAbsolutePath(),
                "-C", home.toString(), "--strip-components=1").inheritIO().start();
        assertEquals("tar exit code", 0, tar.waitFor());
        Distribution distribution = new Distribution(home);
        distribution.configure("org.ops4j.pax.web.cfg", Map.of("org.osgi.service.http.port", String.valueOf(distribution.httpPort)));
        distribution.configure("org.apache.karaf.shell.cfg", Map.of("sshPort", String.valueOf(distribution.sshPort)));
        distribution.configure("org.apache.karaf.management.cfg",
                Map.of("rmiRegistryPort", String.valueOf(FreePorts.next()), "rmiServerPort", String.valueOf(FreePorts.next())));
        Files.writeString(home.resolve("etc/users.properties"), USER + " = " + PASSWORD + ",_g_:admingroup\n"
                + "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n", StandardCharsets.ISO_8859_1,
                StandardOpenOption.APPEND);
        return distribution;
    }

    /** Sets properties of {@code etc/<file>}, keeping the others. */
    void configure(String file, Map<String, String> values) throws IOException {
        Path cfg = home.resolve("etc").resolve(file);
        Properties properties = new Properties();
        if (Files.exists(cfg)) {
            try (Reader in = Files.newBufferedReader(cfg, StandardCharsets.ISO_8859_1)) {
                properties.load(in);
            }
        }
        properties.putAll(values);
        try (Writer out = Files.newBufferedWriter(cfg, StandardCharsets.ISO_8859_1)) {
            properties.store(out, null);
        }
    }

    void onPostgres(String url) throws IOException {
        configure("org.ops4j.datasource-drop.cfg", Map.of("osgi.jdbc.driver.class", "org.postgresql.Driver", "url", url,
                "user", FreshDatabase.USER, ".password", FreshDatabase.PASSWORD));
    }

    /** Puts the test modules in the system repository, with greeting on by default, as a product's modules are. */
    void withGreetingModule() throws IOException {
        Path system = home.resolve("system/dev/drop/it");
        copy(System.getProperty("drop.fixture.greeting"), system.resolve("fixture-greeting/0.1.0/fixture-greeting-0.1.0.jar"));
        copy(System.getProperty("drop.fixture.faulty"), system.resolve("fixture-faulty/0.1.0/fixture-faulty-0.1.0.jar"));
        Path repository = system.resolve("it-features/0.1.0/it-features-0.1.0-features.xml");
        Files.createDirectories(repository.getParent());
        Files.writeString(repository, TestModules.REPOSITORY.formatted(true, TestModules.GREETING, TestModules.FAULTY));
        Properties features = new Properties();
        try (Reader in = Files.newBufferedReader(home.resolve("etc/org.apache.karaf.features.cfg"), StandardCharsets.ISO_8859_1)) {
            features.load(in);
        }
        configure("org.apache.karaf.features.cfg", Map.of(
                "featuresRepositories", features.getProperty("featuresRepositories") + ", mvn:dev.drop.it/it-features/0.1.0/xml/features"));
    }

    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        karaf = builder.start();
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return karaf.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() throws IOException, InterruptedException {
        if (karaf == null || !karaf.isAlive()) {
            return;
        }
        Process stop = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        stop.waitFor(30, TimeUnit.SECONDS);
        if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Forgets what Karaf installed, as a new node sharing the database would: boot features install again. */
    void forgetInstalledFeatures() throws IOException {
        deleteTree(home.resolve("data/cache"));
    }

    /** Runs a console command over SSH with {@code bin/client}; fails the test when the command fails. */
    String console(String command) throws IOException, InterruptedException {
        ClientRun run = client(command);
        if (run.exit() != 0) {
            fail("console command '" + command + "' failed (" + run.exit() + "): " + run.output());
        }
        return run.output();
    }

    /** Runs a console command that must fail, and returns what it printed; the client must exit non-zero. */
    String consoleFailing(String command) throws IOException, InterruptedException {
        ClientRun run = client(command);
        if (run.exit() == 0) {
            fail("console command '" + command + "' should have failed but exited 0: " + run.output());
        }
        return run.output();
    }

    private record ClientRun(int exit, String output) {
    }

    /**
     * As an operator's script or cron job runs it: stdin is /dev/null, and no JAVA_HOME, only a java on the PATH.
     * Either used to make the client print nothing, or a warning.
     */
    private ClientRun client(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort),
                "-u", USER, "-p", PASSWORD, "-r", "10", "-d", "1", command).directory(home.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
                + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        Process client = builder.start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (InputStream in = client.getInputStream()) {
            in.transferTo(output);
        }
        int exit = client.waitFor();
        String text = output.toString(StandardCharsets.UTF_8);
        if (text.contains("JAVA_HOME not set")) {
            fail("bin/client warned although a java is on the PATH: " + text);
        }
        return new ClientRun(exit, text);
    }

    /** Makes a fresh key pair with OpenSSH's ssh-keygen ({@code rsa} or {@code ed25519}); returns the private key file. */
    Path newKey(String type) throws IOException, InterruptedException {
        Path key = home.resolve("test-key-" + type + "-" + System.nanoTime());
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "it", "-f", key.toString())
                .redirectErrorStream(true).start();
        String output = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("ssh-keygen -t " + type + ": " + output, 0, keygen.waitFor());
        return key;
    }

    /** Lets {@code user} into the console with the public half of {@code key}, as an operator adds it to etc/keys.properties. */
    void authorizeKey(String user, Path key) throws IOException {
        String publicKey = Files.readString(Path.of(key + ".pub")).trim().split("\\s+")[1];
        Files.writeString(home.resolve("etc/keys.properties"), "\n" + user + " = " + publicKey + ",_g_:admingroup\n",
                StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
    }

    /** Runs a console command with OpenSSH's client and a key, as an operator's script does; returns exit code and output. */
    SshRun ssh(String user, Path key, String command) throws IOException, InterruptedException {
        Process ssh = new ProcessBuilder("ssh", "-i", key.toString(), "-p", String.valueOf(sshPort), "-o", "BatchMode=yes",
                "-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10", user + "@127.0.0.1", command)
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(ssh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ssh.waitFor(60, TimeUnit.SECONDS)) {
            ssh.destroyForcibly();
            fail("ssh did not finish within a minute: " + output);
        }
        return new SshRun(ssh.exitValue(), output);
    }

    record SshRun(int exit, String output) {
    }

    Http http() {
        return new Http(httpPort);
    }

    String log() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** What a failed wait needs to be understood: is the process up, what the modules say, the last problems logged. */
    String diagnosis() throws IOException {
        StringBuilder text = new StringBuilder("karaf process ").append(karaf != null && karaf.isAlive() ? "running" : "not running");
        try {
            text.append("\nGET /api/v1/modules -> ").append(http().get("/api/v1/modules").body());
        } catch (RuntimeException e) {
            text.append("\nGET /api/v1/modules failed: ").append(e.getMessage());
        }
        List<String> problems = log().lines().filter(line -> line.contains("| ERROR |") || line.contains("| WARN  |")
                || line.contains("drop-module-reconciler")).toList();
        text.append("\nlast logged problems and reconciler lines:");
        problems.subList(Math.max(0, problems.size() - 40), problems.size()).forEach(line -> text.append("\n  ").append(line));
        return text.toString();
    }

    /** Stops the runtime and removes it, keeping its log in {@code target/logs} for when a test failed. */
    @Override
    public void close() throws IOException {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        try {
            Path log = home.resolve("data/log/karaf.log");
            if (Files.exists(log)) {
                Path kept = Path.of("target", "logs", home.getFileName() + ".log");
                Files.createDirectories(kept.getParent());
                Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteTree(home);
        }
    }

    /** Kills the runtime as {@code kill -9} does: no shutdown hook, no cleanup, requests cut off mid-flight. */
    void killHard() throws InterruptedException {
        karaf.descendants().forEach(ProcessHandle::destroyForcibly);
        karaf.destroyForcibly();
        karaf.waitFor(30, TimeUnit.SECONDS);
    }

    private void kill() {
        karaf.descendants().forEach(ProcessHandle::destroyForcibly);
        karaf.destroyForcibly();
    }

    private static void copy(String source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(Path.of(source), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
