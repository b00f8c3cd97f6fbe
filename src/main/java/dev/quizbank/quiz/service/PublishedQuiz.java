package dev.quizbank.quiz.service;

import java.util.Optional;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * One published, hence immutable, version of a quiz.
 *
 * @param owner the author who published the quiz's first version, always one of its owners; empty for
 *        a quiz first published from a bundled file, which no author owns (see {@link QuizOwnership})
 */
public record PublishedQuiz(String id, int version, QuizDocument content, QuizSettings settings, Optional<String> owner) {

    /** This version's questions and key under other settings: the quiz's current ones decide who, how often and what is shown. */
    public PublishedQuiz under(QuizSettings current) {
        return current.equals(settings) ? this : new PublishedQuiz(id, version, content, current, owner);
    }
}
