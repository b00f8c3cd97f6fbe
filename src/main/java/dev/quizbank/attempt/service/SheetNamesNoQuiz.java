package dev.quizbank.attempt.service;

/** An answer sheet that names a quiz not in service, or a version it does not have. */
public class SheetNamesNoQuiz extends RuntimeException {

    private final String quizId;
    private final Integer version;
    private final boolean quizInService;

    SheetNamesNoQuiz(String quizId, Integer version, boolean quizInService) {
        super("no version " + version + " of quiz " + quizId + " in service", null, false, false);
        this.quizId = quizId;
        this.version = version;
        this.quizInService = quizInService;
    }

    public String quizId() {
        return quizId;
    }

    public Integer version() {
        return version;
    }

    /** Whether the quiz is in service, so that only the version is wrong. */
    public boolean quizInService() {
        return quizInService;
    }
}
