package dev.quizbank.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Looks into the test database directly, to check what the API stored (or did not). */
public final class Sql {

    private Sql() {
    }

    /** The single number that {@code sql} (a {@code select count(*) …}) returns. */
    public static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return count(c, sql);
        }
    }

    public static long count(String database, String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(database)) {
            return count(c, sql);
        }
    }

    public static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    public static void execute(String database, String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(database);
                PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
