package dev.quizbank.attempt.service;

/** A one-shot sheet for a quiz whose attempts are timed, shuffled or drawn, which must be started first. */
public class StartRequired extends RuntimeException {

    private final String quizId;

    StartRequired(String quizId) {
        super("quiz " + quizId + " must be started", null, false, false);
        this.quizId = quizId;
    }

    public String quizId() {
        return quizId;
    }
}
