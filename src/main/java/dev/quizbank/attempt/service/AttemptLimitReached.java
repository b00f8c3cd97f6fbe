package dev.quizbank.attempt.service;

/** A learner has made every attempt the quiz's settings allow. */
public class AttemptLimitReached extends RuntimeException {

    private final String quizId;
    private final int limit;

    AttemptLimitReached(String quizId, int limit) {
        super("quiz " + quizId + " allows " + limit + " attempts per learner", null, false, false);
        this.quizId = quizId;
        this.limit = limit;
    }

    public String quizId() {
        return quizId;
    }

    public int limit() {
        return limit;
    }
}
