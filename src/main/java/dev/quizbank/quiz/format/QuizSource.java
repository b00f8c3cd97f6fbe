package dev.quizbank.quiz.format;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * A quiz as an author's document states it: its id and its settings (each null where the format
 * or the document does not state it) and its content.
 */
public record QuizSource(String id, QuizSettings settings, QuizDocument document) {
}
