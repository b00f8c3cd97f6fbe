package dev.quizbank.attempt.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import dev.quizbank.attempt.StartedAttempt;

/**
 * The rows of attempts started with {@code POST /quizzes/{id}/attempts}, read and written with plain statements in
 * the caller's transaction: each write is one statement, and the lifecycle's rules are row locks and conditions.
 */
@ApplicationScoped
public class StartedAttemptRepository {

    private static final String COLUMNS = "id, quiz_id, quiz_version, learner_id, started_at, deadline, grace_until, seed, questions,"
            + " choices, responses, revision, submitted_at";

    private final DataSource dataSource;

    StartedAttemptRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(StartedAttempt attempt) {
        String sql = "insert into quizbank.started_attempt (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, attempt.id());
            insert.setString(2, attempt.quizId());
            insert.setInt(3, attempt.quizVersion());
            insert.setString(4, attempt.learnerId());
            insert.setObject(5, time(attempt.startedAt()));
            insert.setObject(6, time(attempt.deadline()));
            insert.setObject(7, time(attempt.graceUntil()));
            insert.setLong(8, attempt.seed());
            insert.setArray(9, connection.createArrayOf("integer", attempt.questions().toArray()));
            insert.setBytes(10, attempt.choices());
            insert.setBytes(11, attempt.responses());
            insert.setInt(12, attempt.revision());
            insert.setObject(13, time(attempt.submittedAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("attempt " + attempt.id() + " was not started", e);
        }
    }

    public Optional<StartedAttempt> find(UUID id) {
        return one("select " + COLUMNS + " from quizbank.started_attempt where id = ?", id);
    }

    /** The attempt, with its row locked until the transaction ends: saves and submits of it go one at a time. */
    public Optional<StartedAttempt> lock(UUID id) {
        return one("select " + COLUMNS + " from quizbank.started_attempt where id = ? for update", id);
    }

    /** The learner's attempt in progress at the quiz, if any (the database holds at most one). */
    public Optional<StartedAttempt> inProgress(String quizId, String learner) {
        return one("select " + COLUMNS + " from quizbank.started_attempt where quiz_id = ? and learner_id = ? and submitted_at is null"
                + " for update", quizId, learner);
    }

    /**
     * Stores the responses of a save made over revision {@code over}, if the attempt is still at that revision and in
     * progress; false, storing nothing, when another save or its submit came first.
     */
    public boolean saveOver(StartedAttempt attempt, int over) {
        String sql = "update quizbank.started_attempt set choices = ?, responses = ?, revision = ? where id = ? and revision = ?"
                + " and submitted_at is null";
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setBytes(1, attempt.choices());
            update.setBytes(2, attempt.responses());
            update.setInt(3, attempt.revision());
            update.setObject(4, attempt.id());
            update.setInt(5, over);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new PersistenceException("the responses of attempt " + attempt.id() + " were not saved", e);
        }
    }

    public void markSubmitted(UUID id, Instant at) {
        String sql = "update quizbank.started_attempt set submitted_at = ? where id = ? and submitted_at is null";
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, time(at));
            update.setObject(2, id);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("attempt " + id + " was submitted twice");
            }
        } catch (SQLException e) {
            throw new PersistenceException("attempt " + id + " was not marked submitted", e);
        }
    }

    /**
     * Up to {@code limit} attempts in progress whose time was up before {@code now}, locked until the transaction
     * ends; those another transaction holds are skipped, so that sweepers on several instances never take the same one.
     */
    public List<StartedAttempt> lockDue(Instant now, int limit) {
        String sql = "select " + COLUMNS + " from quizbank.started_attempt where submitted_at is null and grace_until < ?"
                + " order by grace_until limit ? for update skip locked";
        return all(sql, time(now), limit);
    }

    private Optional<StartedAttempt> one(String sql, Object... parameters) {
        List<StartedAttempt> found = all(sql, parameters);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private List<StartedAttempt> all(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<StartedAttempt> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new PersistenceException("started attempts were not read", e);
        }
    }

    private static StartedAttempt read(ResultSet rows) throws SQLException {
        Array questions = rows.getArray("questions");
        List<Integer> numbers = Arrays.asList((Integer[]) questions.getArray());
        return new StartedAttempt(rows.getObject("id", UUID.class), rows.getString("quiz_id"), rows.getInt("quiz_version"),
                rows.getString("learner_id"), instant(rows, "started_at"), instant(rows, "deadline"), instant(rows, "grace_until"),
                rows.getLong("seed"), numbers, rows.getBytes("choices"), rows.getBytes("responses"), rows.getInt("revision"),
                instant(rows, "submitted_at"));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
