package dev.quizbank.quiz.service;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;

/** One published, hence immutable, version of a quiz. */
public record PublishedQuiz(String id, int version, QuizDocument content, QuizSettings settings) {

    /** This version's questions and key under other settings: the quiz's current ones decide who, how often and what is shown. */
    public PublishedQuiz under(QuizSettings current) {
        return current.equals(settings) ? this : new PublishedQuiz(id, version, content, current);
    }
}
