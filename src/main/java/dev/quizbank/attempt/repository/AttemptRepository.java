package dev.quizbank.attempt.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import dev.quizbank.attempt.Attempt;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AttemptRepository implements PanacheRepositoryBase<Attempt, UUID> {

    private static final String INSERT = "insert into quizbank.attempt"
            + " (id, quiz_id, quiz_version, submitted_at, score, answered, choices, responses, learner_id, given)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    AttemptRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Writes a new attempt with one prepared statement, in the caller's transaction if there is one,
     * else on its own: on the hot path of POST /attempts an entity session, its flush and a JTA commit
     * cost more than the insert itself (BENCHMARKS.md has the profile).
     */
    public void insert(Attempt attempt) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, attempt.id);
            insert.setString(2, attempt.quizId);
            insert.setInt(3, attempt.quizVersion);
            insert.setObject(4, attempt.submittedAt);
            insert.setBigDecimal(5, attempt.score);
            insert.setInt(6, attempt.answered);
            insert.setBytes(7, attempt.choices);
            insert.setBytes(8, attempt.responses);
            insert.setString(9, attempt.learnerId);
            insert.setBytes(10, attempt.given);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("attempt " + attempt.id + " was not stored", e);
        }
    }

    /** The attempts, newest first, of one learner (or all) and one quiz (or all). */
    public PanacheQuery<Attempt> history(Optional<String> learner, Optional<String> quizId) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        learner.ifPresent(id -> {
            values.add(id);
            where.add("learnerId = ?" + values.size());
        });
        quizId.ifPresent(id -> {
            values.add(id);
            where.add("quizId = ?" + values.size());
        });
        return find(String.join(" and ", where), Sort.descending("submittedAt", "id"), values.toArray());
    }

    /**
     * Takes the lock on one learner's attempts at one quiz until the transaction ends, so that attempts
     * are counted and added one at a time across every instance; returns how many there are. Two plain
     * statements, the count after the lock so that it sees what the lock's last holder committed.
     */
    public long countLocked(String quizId, String learner) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended('quizbank.attempts:' || ? || chr(9) || ?, 0))")) {
                lock.setString(1, quizId);
                lock.setString(2, learner);
                lock.executeQuery().close();
            }
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*) from quizbank.attempt where quiz_id = ? and learner_id = ?")) {
                count.setString(1, quizId);
                count.setString(2, learner);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("the attempts of a learner at " + quizId + " were not counted", e);
        }
    }
}
