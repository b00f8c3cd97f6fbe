package dev.quizbank.quiz.service;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;

/** One published, hence immutable, version of a quiz. */
public record PublishedQuiz(String id, int version, QuizDocument content, QuizSettings settings) {
}
