package dev.quizbank.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a test run a database of its own on the local PostgreSQL, and drops it afterwards, so
 * that no run depends on or damages data outside itself. {@code QUIZBANK_TEST_PG} overrides the
 * server (default {@code 127.0.0.1:5432}, user postgres).
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String SERVER = System.getenv().getOrDefault("QUIZBANK_TEST_PG", "127.0.0.1:5432");

    private String name;

    @Override
    public Map<String, String> start() {
        name = create();
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl(name));
    }

    @Override
    public void stop() {
        drop(name);
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + SERVER + "/" + database;
    }

    /** Creates an empty database with a unique name and returns the name. */
    public static String create() {
        String database = "quizbank_test_" + UUID.randomUUID().toString().replace("-", "");
        admin("create database " + database);
        return database;
    }

    public static void drop(String database) {
        admin("drop database if exists " + database + " with (force)");
    }

    /** A connection to {@code database} as the tests' user; the caller closes it. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    /** Runs the service's migrations on {@code database} up to version {@code target} ("latest" for all of them). */
    public static void migrate(String database, String target) {
        Flyway.configure().dataSource(jdbcUrl(database), "postgres", "")
                .schemas("quizbank").defaultSchema("quizbank").locations("filesystem:src/main/resources/db/migration")
                .target(target).load().migrate();
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + SERVER, e);
        }
    }
}
