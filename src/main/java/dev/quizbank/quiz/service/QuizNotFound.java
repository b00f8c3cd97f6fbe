package dev.quizbank.quiz.service;

import java.util.Optional;

/** No quiz in service by that id or, when a version is named, no such version of it. */
public class QuizNotFound extends RuntimeException {

    private final String quizId;
    private final Integer version;

    public QuizNotFound(String quizId) {
        this(quizId, null);
    }

    public QuizNotFound(String quizId, Integer version) {
        super(version == null ? "no quiz " + quizId : "no version " + version + " of quiz " + quizId, null, false, false);
        this.quizId = quizId;
        this.version = version;
    }

    public String quizId() {
        return quizId;
    }

    /** The version asked for; empty when the quiz itself was. */
    public Optional<Integer> version() {
        return Optional.ofNullable(version);
    }
}
