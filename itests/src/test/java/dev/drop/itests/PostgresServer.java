package dev.drop.itests;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Restarts the PostgreSQL server the tests use: {@code DROP_TEST_PG_RESTART} (a shell command) when set, else the
 * local cluster with Debian's {@code pg_ctlcluster}, as {@code .ci/run} starts it.
 */
final class PostgresServer {

    private PostgresServer() {
    }

    static void restart() throws IOException, InterruptedException {
        String command = System.getenv("DROP_TEST_PG_RESTART");
        List<String> argv = new ArrayList<>();
        if (command != null && !command.isBlank()) {
            argv.addAll(List.of("sh", "-c", command));
        } else {
            String[] versions = new File("/etc/postgresql").list();
            if (versions == null || versions.length == 0) {
                throw new IllegalStateException("no way to restart PostgreSQL here: set DROP_TEST_PG_RESTART to a command that does");
            }
            argv.addAll(List.of("pg_ctlcluster", "--skip-systemctl-redirect", versions[0], "main", "restart", "-m", "fast"));
        }
        Process restart = new ProcessBuilder(argv).inheritIO().start();
        if (!restart.waitFor(60, TimeUnit.SECONDS)) {
            restart.destroyForcibly();
            throw new IllegalStateException("PostgreSQL did not restart within a minute: " + argv);
        }
        assertEquals("exit code of " + argv, 0, restart.exitValue());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!accepts()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL does not accept connections after its restart");
            }
            Thread.sleep(100);
        }
    }

    private static boolean accepts() {
        try (Connection connection = DriverManager.getConnection(FreshDatabase.ADMIN_URL, FreshDatabase.USER, FreshDatabase.PASSWORD)) {
            return connection.isValid(2);
        } catch (SQLException notYet) {
            return false;
        }
    }
}
