package dev.drop.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL database made for one test class and dropped when the test JVM exits. The server is
 * {@code DROP_TEST_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}), as
 * {@code DROP_TEST_DB_USER} (default {@code postgres}) with {@code DROP_TEST_DB_PASSWORD}.
 */
final class FreshDatabase {

    static final String ADMIN_URL = env("DROP_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = env("DROP_TEST_DB_USER", "postgres");
    static final String PASSWORD = env("DROP_TEST_DB_PASSWORD", "");

    private FreshDatabase() {
    }

    /** Creates the database and returns its JDBC URL. */
    static String create() {
        String name = "drop_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        return urlOf(name);
    }

    static String urlOf(String database) {
        return ADMIN_URL.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + ADMIN_URL + " (user " + USER + ") is needed by the"
                    + " integration tests: start it, or point DROP_TEST_DB_URL at one. " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
