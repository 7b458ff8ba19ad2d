package io.spinsim.db.testing;

import io.spinsim.db.embedded.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for one test class: created on the server named by {@code TEST_DB_URL}
 * (+ {@code TEST_DB_USER}, {@code TEST_DB_PASSWORD}) when set, else on an embedded PostgreSQL started once per JVM.
 * Each call gives a new database, so tests never see each other's rows or leftovers of earlier runs.
 */
public final class TestDatabase {

    private static EmbeddedPostgresServer embedded;

    private TestDatabase() {
    }

    /** JDBC URL (user and password included) of a new empty database. */
    public static synchronized String freshUrl() {
        String name = "spinsim_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String external = System.getenv("TEST_DB_URL");
        if (external == null || external.isBlank()) {
            if (embedded == null) {
                embedded = EmbeddedPostgresServer.start(null, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            }
            return embedded.jdbcUrl(name);
        }
        String user = env("TEST_DB_USER", "postgres");
        String password = env("TEST_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(external, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on TEST_DB_URL=" + external, e);
        }
        String base = external.contains("?") ? external.substring(0, external.indexOf('?')) : external;
        String url = base.substring(0, base.lastIndexOf('/') + 1) + name + "?user=" + user
                + (password.isEmpty() ? "" : "&password=" + password);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(external, user, password, name)));
        return url;
    }

    /** Which kind of server the tests run against, for logs. */
    public static String kind() {
        String external = System.getenv("TEST_DB_URL");
        return external == null || external.isBlank() ? "embedded PostgreSQL (Zonky)" : "external " + external;
    }

    private static void drop(String external, String user, String password, String name) {
        try (Connection c = DriverManager.getConnection(external, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
