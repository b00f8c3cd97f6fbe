package dev.quizbank.attempt.service;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.attempt.Attempt;
import dev.quizbank.attempt.AttemptSummary;
import dev.quizbank.attempt.repository.AttemptRepository;
import dev.quizbank.common.Decimals;
import dev.quizbank.identity.Caller;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.format.QuizRules;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Learners' attempts, newest first: a learner sees their own, an author everyone's. */
@ApplicationScoped
public class AttemptHistory {

    private final AttemptRepository attempts;
    private final QuizCatalog catalog;

    AttemptHistory(AttemptRepository attempts, QuizCatalog catalog) {
        this.attempts = attempts;
        this.catalog = catalog;
    }

    public AttemptSummary.Page page(Caller caller, Optional<String> quizId, int page, int size) {
        Optional<String> learner = caller.author() ? Optional.empty() : caller.subject();
        if (quizId.filter(id -> !QuizRules.isId(id)).isPresent()) {
            // No attempt is at a quiz with such an id, and PostgreSQL refuses some characters (a NUL) outright.
            return new AttemptSummary.Page(List.of(), page, size, 0);
        }
        Rows rows = QuarkusTransaction.joiningExisting().call(() -> {
            PanacheQuery<Attempt> query = attempts.history(learner, quizId);
            // A page far past the end is empty, not a wrapped-around offset: SQL offsets are ints here.
            long first = (long) page * size;
            List<Attempt> items = first > Integer.MAX_VALUE ? List.of()
                    : query.range((int) first, (int) Math.min(first + size - 1, Integer.MAX_VALUE)).list();
            return new Rows(items, query.count());
        });
        // Outside the query's transaction: each version the catalog has to load is loaded in a transaction
        // of its own, whose entities are gone when it ends, so a page of many versions never holds them all.
        return new AttemptSummary.Page(rows.attempts().stream().map(this::summary).toList(), page, size, rows.total());
    }

    private record Rows(List<Attempt> attempts, long total) {
    }

    private AttemptSummary summary(Attempt attempt) {
        Optional<QuizDocument> content = catalog.anyVersion(attempt.quizId, attempt.quizVersion).map(PublishedQuiz::content);
        BigDecimal maxScore = content.map(c -> Grader.maxScore(c, attempt.given)).orElse(BigDecimal.ZERO);
        String level = content.flatMap(c -> Grader.band(c, attempt.score, maxScore)).map(QuizDocument.Band::level).orElse(null);
        return new AttemptSummary(attempt.id, attempt.quizId, attempt.quizVersion,
                attempt.submittedAt.toInstant().truncatedTo(ChronoUnit.SECONDS),
                Decimals.plain(attempt.score), maxScore, maxScore.signum() == 0 ? 0.0 : Grader.percent(attempt.score, maxScore), level);
    }
}
