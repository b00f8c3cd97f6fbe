package dev.quizbank.attempt.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.quizbank.attempt.Attempt;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;

/** A stored graded attempt as it reads now. */
final class GradedAttempts {

    private GradedAttempts() {
    }

    /**
     * A version never changes, so rendering an attempt again gives the result it was first answered with, unless the
     * author has since changed what attempts reveal: the quiz's current settings apply (a retired quiz's are those of
     * the version), with the review of the phase that holds at {@code now} (afterClose once closeAt has passed).
     */
    static AttemptResult render(QuizCatalog catalog, Attempt attempt, Instant now) {
        PublishedQuiz quiz = current(catalog, attempt.quizId, attempt.quizVersion);
        return Grader.resultOf(quiz, attempt.choices, attempt.responses, attempt.given, attempt.id,
                attempt.submittedAt.toInstant().truncatedTo(ChronoUnit.SECONDS), review(quiz.settings(), now));
    }

    /** The version's questions and key under the quiz's current settings. */
    static PublishedQuiz current(QuizCatalog catalog, String quizId, int version) {
        PublishedQuiz stored = catalog.anyVersion(quizId, version)
                .orElseThrow(() -> new IllegalStateException("an attempt at an unknown quiz version " + quizId + "/" + version));
        return catalog.currentVersion(quizId).map(current -> stored.under(current.settings())).orElse(stored);
    }

    static QuizSettings.Review review(QuizSettings settings, Instant now) {
        return settings.review().at(now, settings.closeAt());
    }
}
