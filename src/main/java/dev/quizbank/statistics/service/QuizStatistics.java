package dev.quizbank.statistics.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;
import dev.quizbank.statistics.AttemptSelection;
import dev.quizbank.statistics.Statistics;
import dev.quizbank.statistics.StatisticsAccumulator;

/**
 * Item statistics of a quiz version: one streamed pass over the compact attempt rows (a cursor, so
 * memory depends on the quiz, never on the number of attempts), and no more of them at once than
 * {@link StatisticsPermits} allows, so memory does not depend on the number of requests either.
 * {@code first} and {@code last} pick one attempt per learner in SQL; every anonymous attempt counts
 * on its own.
 */
@ApplicationScoped
public class QuizStatistics {

    /** The figures of one quiz version, with the version they describe. */
    public record Computed(PublishedQuiz quiz, AttemptSelection selection, Statistics statistics) {
    }

    private static final String ALL = "select choices, responses, given from quizbank.attempt where quiz_id = ? and quiz_version = ?";
    private static final String ONE_PER_LEARNER = """
            select choices, responses, given from (
                select distinct on (learner_id) choices, responses, given from quizbank.attempt
                where quiz_id = ? and quiz_version = ? and learner_id is not null
                order by learner_id, submitted_at %1$s, id %1$s) per_learner
            union all
            select choices, responses, given from quizbank.attempt where quiz_id = ? and quiz_version = ? and learner_id is null""";

    /** About a megabyte of attempt rows per round trip to the database, and at most this many rows. */
    private static final int FETCH_BYTES = 1 << 20;
    private static final int MAX_FETCH_ROWS = 10_000;
    /** What a row costs beside its one byte per question, in the driver's buffers (typed responses are short). */
    private static final int ROW_OVERHEAD = 64;

    private final QuizCatalog catalog;
    private final DataSource dataSource;
    private final StatisticsPermits permits;

    /** {@code dataSource}: the statistics' own, a replica where one is configured (application.properties). */
    QuizStatistics(QuizCatalog catalog, @io.quarkus.agroal.DataSource("statistics") DataSource dataSource,
            StatisticsPermits permits) {
        this.catalog = catalog;
        this.dataSource = dataSource;
        this.permits = permits;
    }

    /**
     * The figures, and {@code report} made of them, in one turn of {@link StatisticsPermits}.
     *
     * @throws StatisticsBusy when no turn is to be had
     * @throws dev.quizbank.quiz.service.QuizNotFound when there is no such quiz or version
     */
    public <T> T compute(String quizId, Integer version, AttemptSelection selection, Function<Computed, T> report) {
        try (StatisticsPermits.Permit turn = permits.acquire()) {
            PublishedQuiz quiz = catalog.require(quizId, version);
            return report.apply(new Computed(quiz, selection, scan(quiz, selection)));
        }
    }

    private Statistics scan(PublishedQuiz quiz, AttemptSelection selection) {
        int scale = ItemKeys.scale(quiz.content());
        StatisticsAccumulator accumulator = new StatisticsAccumulator(ItemKeys.of(quiz.content(), scale), scale);
        ResponseOutcomes outcomes = new ResponseOutcomes(quiz.content(), accumulator);
        String sql = switch (selection) {
            case ALL -> ALL;
            case FIRST -> ONE_PER_LEARNER.formatted("asc");
            case LAST -> ONE_PER_LEARNER.formatted("desc");
        };
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            query.setFetchSize(Math.min(MAX_FETCH_ROWS, FETCH_BYTES / (quiz.content().questions().size() + ROW_OVERHEAD)));
            for (int i = 0; i < (selection == AttemptSelection.ALL ? 1 : 2); i++) {
                query.setString(2 * i + 1, quiz.id());
                query.setInt(2 * i + 2, quiz.version());
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    outcomes.add(rows.getBytes(1), rows.getBytes(2), rows.getBytes(3));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the attempts of " + quiz.id(), e);
        }
        return accumulator.result();
    }
}
