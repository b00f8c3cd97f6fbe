package dev.quizbank.attempt.service;

import java.time.Instant;

/** An attempt asked for before the quiz's openAt or from its closeAt on. */
public class QuizNotOpen extends RuntimeException {

    private final String quizId;
    private final Instant openAt;
    private final Instant closeAt;
    private final boolean notYet;

    QuizNotOpen(String quizId, Instant openAt, Instant closeAt, boolean notYet) {
        super("quiz " + quizId + " is not open", null, false, false);
        this.quizId = quizId;
        this.openAt = openAt;
        this.closeAt = closeAt;
        this.notYet = notYet;
    }

    public String quizId() {
        return quizId;
    }

    public Instant openAt() {
        return openAt;
    }

    public Instant closeAt() {
        return closeAt;
    }

    /** True before openAt, false from closeAt on. */
    public boolean notYet() {
        return notYet;
    }
}
