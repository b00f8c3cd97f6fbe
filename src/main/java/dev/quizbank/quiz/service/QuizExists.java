package dev.quizbank.quiz.service;

/** A new quiz given the id of one already published, in service or retired. */
public class QuizExists extends RuntimeException {

    private final String quizId;

    public QuizExists(String quizId) {
        super("quiz " + quizId + " exists", null, false, false);
        this.quizId = quizId;
    }

    public String quizId() {
        return quizId;
    }
}
