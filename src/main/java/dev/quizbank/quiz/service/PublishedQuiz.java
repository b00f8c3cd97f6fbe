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
}
