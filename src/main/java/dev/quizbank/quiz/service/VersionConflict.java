package dev.quizbank.quiz.service;

/** A change built on a version of a quiz that is no longer its newest. */
public class VersionConflict extends RuntimeException {

    private final String quizId;
    private final int newest;

    public VersionConflict(String quizId, int newest) {
        super("quiz " + quizId + " is at version " + newest, null, false, false);
        this.quizId = quizId;
        this.newest = newest;
    }

    public String quizId() {
        return quizId;
    }

    /** The version the quiz is at now. */
    public int newest() {
        return newest;
    }
}
