package dev.quizbank.attempt.service;

import java.util.List;

import dev.quizbank.quiz.service.PublishedQuiz;

/** An answer sheet whose answers do not fit the quiz version it names: every such answer, each at its place. */
public class SheetDoesNotFit extends RuntimeException {

    private final String quizId;
    private final int version;
    private final List<Grader.Finding> findings;

    SheetDoesNotFit(PublishedQuiz quiz, List<Grader.Finding> findings) {
        super(findings.size() + " answers do not fit quiz " + quiz.id() + " version " + quiz.version(), null, false, false);
        this.quizId = quiz.id();
        this.version = quiz.version();
        this.findings = List.copyOf(findings);
    }

    public String quizId() {
        return quizId;
    }

    public int version() {
        return version;
    }

    public List<Grader.Finding> findings() {
        return findings;
    }
}
