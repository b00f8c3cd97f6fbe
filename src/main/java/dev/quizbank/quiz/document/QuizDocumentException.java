package dev.quizbank.quiz.document;

/** A quiz document that cannot be accepted, with the 1-based line that shows the fault. */
public class QuizDocumentException extends RuntimeException {

    private final int line;

    public QuizDocumentException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
