package dev.quizbank.attempt.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.attempt.Grades;
import dev.quizbank.attempt.repository.GradeRows;
import dev.quizbank.common.Decimals;
import dev.quizbank.identity.Caller;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A learner's grade at a quiz: their graded attempts (at any version) taken together by the quiz's current
 * gradingMethod, in exact decimals. Attempts in progress do not count until they are submitted.
 */
@ApplicationScoped
public class GradeBook {

    /** Places of an average's score and maxScore. */
    private static final int AVERAGE_SCALE = 4;

    private final QuizCatalog catalog;
    private final GradeRows rows;

    GradeBook(QuizCatalog catalog, GradeRows rows) {
        this.catalog = catalog;
        this.rows = rows;
    }

    /**
     * One page of learners' grades: every learner's for an author, the caller's own for a learner.
     *
     * @throws dev.quizbank.quiz.service.QuizNotFound when the quiz is not in service
     */
    public Grades page(String quizId, Caller caller, int page, int size) {
        PublishedQuiz quiz = catalog.require(quizId, null);
        Optional<String> learner = caller.author() ? Optional.empty() : caller.subject();
        GradeRows.Page found = QuarkusTransaction.joiningExisting().call(() -> rows.page(quiz.id(), learner, (long) page * size, size));
        QuizSettings.GradingMethod method = quiz.settings().gradingMethod();
        Map<Integer, QuizDocument> versions = new HashMap<>();
        List<Grades.LearnerGrade> items = new ArrayList<>();
        found.learners().forEach((subject, attempts) -> {
            List<Grades.CountedAttempt> all = attempts.stream().map(row -> counted(row, versions.computeIfAbsent(row.quizVersion(),
                    version -> catalog.anyVersion(quiz.id(), version).orElseThrow().content()))).toList();
            List<Grades.CountedAttempt> counted = switch (method) {
                case FIRST -> List.of(all.getFirst());
                case LAST -> List.of(all.getLast());
                case HIGHEST -> List.of(all.stream().max(Comparator.comparing(GradeBook::fraction, GradeBook::compareFractions)
                        .thenComparing(Grades.CountedAttempt::submittedAt, Comparator.reverseOrder())).orElseThrow());
                case AVERAGE -> all;
            };
            items.add(new Grades.LearnerGrade(subject, grade(counted), all.size(), counted));
        });
        return new Grades(quiz.id(), method, items, page, size, found.total());
    }

    private static Grades.CountedAttempt counted(GradeRows.Row row, QuizDocument content) {
        BigDecimal maxScore = Grader.maxScore(content, row.given());
        BigDecimal score = Decimals.plain(row.score());
        return new Grades.CountedAttempt(row.id(), row.quizVersion(), row.submittedAt().truncatedTo(ChronoUnit.SECONDS), score, maxScore,
                maxScore.signum() == 0 ? 0.0 : Grader.percent(score, maxScore));
    }

    private static Grades.Grade grade(List<Grades.CountedAttempt> counted) {
        if (counted.size() == 1) {
            Grades.CountedAttempt only = counted.getFirst();
            return new Grades.Grade(only.score(), only.maxScore(), only.percent());
        }
        BigDecimal scores = counted.stream().map(Grades.CountedAttempt::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal maxScores = counted.stream().map(Grades.CountedAttempt::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal n = BigDecimal.valueOf(counted.size());
        return new Grades.Grade(Decimals.plain(scores.divide(n, AVERAGE_SCALE, RoundingMode.HALF_EVEN)),
                Decimals.plain(maxScores.divide(n, AVERAGE_SCALE, RoundingMode.HALF_EVEN)),
                maxScores.signum() == 0 ? 0.0 : Grader.percent(scores, maxScores));
    }

    private static BigDecimal[] fraction(Grades.CountedAttempt attempt) {
        return new BigDecimal[] {attempt.score(), attempt.maxScore()};
    }

    /** a/b against c/d exactly, as a × d against c × b (maxScores are positive). */
    private static int compareFractions(BigDecimal[] left, BigDecimal[] right) {
        return left[0].multiply(right[1]).compareTo(right[0].multiply(left[1]));
    }
}
