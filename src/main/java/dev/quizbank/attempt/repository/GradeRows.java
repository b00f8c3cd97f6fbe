package dev.quizbank.attempt.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

/** The graded attempts of learners at a quiz, a page of learners at a time, for their grades. */
@ApplicationScoped
public class GradeRows {

    /** A graded attempt as a grade needs it. */
    public record Row(UUID id, int quizVersion, Instant submittedAt, BigDecimal score, byte[] given) {
    }

    /** One page of learners, each with every graded attempt, oldest first; and how many learners there are in all. */
    public record Page(Map<String, List<Row>> learners, long total) {
    }

    private final DataSource dataSource;

    GradeRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page page(String quizId, Optional<String> learner, long offset, int size) {
        String only = learner.isPresent() ? " and learner_id = ?" : "";
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(distinct learner_id) from quizbank.attempt where quiz_id = ? and learner_id is not null" + only)) {
                count.setString(1, quizId);
                if (learner.isPresent()) {
                    count.setString(2, learner.get());
                }
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            Map<String, List<Row>> learners = new LinkedHashMap<>();
            String sql = "with learners as (select distinct learner_id from quizbank.attempt where quiz_id = ? and learner_id is not null"
                    + only + " order by learner_id offset ? limit ?)"
                    + " select a.learner_id, a.id, a.quiz_version, a.submitted_at, a.score, a.given from quizbank.attempt a"
                    + " join learners l on l.learner_id = a.learner_id where a.quiz_id = ?"
                    + " order by a.learner_id, a.submitted_at, a.id";
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int p = 1;
                query.setString(p++, quizId);
                if (learner.isPresent()) {
                    query.setString(p++, learner.get());
                }
                query.setLong(p++, offset);
                query.setInt(p++, size);
                query.setString(p, quizId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        learners.computeIfAbsent(rows.getString(1), l -> new ArrayList<>()).add(new Row(rows.getObject(2, UUID.class),
                                rows.getInt(3), rows.getObject(4, OffsetDateTime.class).toInstant(), rows.getBigDecimal(5), rows.getBytes(6)));
                    }
                }
            }
            return new Page(learners, total);
        } catch (SQLException e) {
            throw new PersistenceException("the grades at " + quizId + " were not read", e);
        }
    }
}
