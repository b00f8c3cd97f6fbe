package dev.quizbank.attempt.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import dev.quizbank.attempt.IdempotencyKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The keys of requests made with an Idempotency-Key. The claim, the look-up and the record are plain statements in
 * the caller's transaction: they are on the path of every such POST, where an entity session costs more than
 * the three statements (BENCHMARKS.md, issue 26).
 */
@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepositoryBase<IdempotencyKey, String> {

    /** The request that first used a key: what it asked (its fingerprint) and the attempt it created. */
    public record FirstUse(String fingerprint, UUID attemptId) {
    }

    private final DataSource dataSource;

    IdempotencyKeyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** SQL for the advisory lock of the key bound to {@code parameter}, in a namespace of the 64-bit lock space. */
    public static String lockOf(String parameter) {
        return "hashtextextended('quizbank.idempotency:' || " + parameter + ", 0)";
    }

    /**
     * Claims {@code key} until the transaction ends, for every instance sharing the database.
     *
     * @return false when another transaction is working on the same key right now
     */
    public boolean tryClaim(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement("select pg_try_advisory_xact_lock(" + lockOf("?") + ")")) {
            claim.setString(1, key);
            try (ResultSet row = claim.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("an idempotency key was not claimed", e);
        }
    }

    /** The first use of {@code key}; read after {@link #tryClaim}, so that no other request can be recording it. */
    public Optional<FirstUse> firstUse(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(
                        "select fingerprint, attempt_id from quizbank.idempotency_key where key = ?")) {
            find.setString(1, key);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(new FirstUse(row.getString(1), row.getObject(2, UUID.class))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("an idempotency key was not read", e);
        }
    }

    public void insert(String key, FirstUse use, OffsetDateTime createdAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into quizbank.idempotency_key (key, fingerprint, attempt_id, created_at) values (?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, use.fingerprint());
            insert.setObject(3, use.attemptId());
            insert.setObject(4, createdAt);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("an idempotency key was not recorded", e);
        }
    }

    public long purgeOlderThan(OffsetDateTime cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
