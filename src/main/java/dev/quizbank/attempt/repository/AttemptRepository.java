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

    private static final String COLUMNS = "id, quiz_id, quiz_version, submitted_at, score, answered, choices, responses, learner_id, given";
    private static final String INSERT = "insert into quizbank.attempt (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The row of one learner at one quiz, created at 0 taken; the statement locks it until the transaction ends. */
    private static final String TAKEN = "insert into quizbank.attempts_taken as t (quiz_id, learner_id, taken) values (?, ?, 0)"
            + " on conflict (quiz_id, learner_id) do update";
    /**
     * The attempt, counted among its learner's at its quiz unless they have taken as many as the limit: one statement,
     * so atomic without a transaction, whose lock on the count orders one learner's attempts on every instance.
     */
    private static final String INSERT_COUNTED = "with counted as ("
            + "insert into quizbank.attempts_taken as t (quiz_id, learner_id, taken) values (?, ?, 1)"
            + " on conflict (quiz_id, learner_id) do update set taken = t.taken + 1 where t.taken < ? returning 1)"
            + " insert into quizbank.attempt (" + COLUMNS + ") select ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from counted";

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
            bind(insert, 1, attempt);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("attempt " + attempt.id + " was not stored", e);
        }
    }

    /**
     * Writes a new attempt of a learner and counts it among those they have taken at its quiz, unless they have taken
     * {@code limit} (null: no limit) already; false then, storing nothing.
     */
    public boolean insertCounted(Attempt attempt, Integer limit) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT_COUNTED)) {
            insert.setString(1, attempt.quizId);
            insert.setString(2, attempt.learnerId);
            insert.setInt(3, limit == null ? Integer.MAX_VALUE : limit);
            bind(insert, 4, attempt);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new PersistenceException("attempt " + attempt.id + " was not stored", e);
        }
    }

    private static void bind(PreparedStatement insert, int first, Attempt attempt) throws SQLException {
        insert.setObject(first, attempt.id);
        insert.setString(first + 1, attempt.quizId);
        insert.setInt(first + 2, attempt.quizVersion);
        insert.setObject(first + 3, attempt.submittedAt);
        insert.setBigDecimal(first + 4, attempt.score);
        insert.setInt(first + 5, attempt.answered);
        insert.setBytes(first + 6, attempt.choices);
        insert.setBytes(first + 7, attempt.responses);
        insert.setString(first + 8, attempt.learnerId);
        insert.setBytes(first + 9, attempt.given);
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
     * Locks the count of the attempts {@code learner} has taken at the quiz until the transaction ends, and returns
     * it: attempts of one learner at one quiz are counted and added one at a time, across every instance.
     */
    public int takenLocked(String quizId, String learner) {
        return taken(TAKEN + " set taken = t.taken returning taken", quizId, learner);
    }

    /** Counts one more attempt taken, under the lock of {@link #takenLocked}. */
    public void countTaken(String quizId, String learner) {
        taken("update quizbank.attempts_taken set taken = taken + 1 where quiz_id = ? and learner_id = ? returning taken", quizId, learner);
    }

    private int taken(String sql, String quizId, String learner) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, quizId);
            statement.setString(2, learner);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("the attempts of a learner at " + quizId + " were not counted", e);
        }
    }
}
