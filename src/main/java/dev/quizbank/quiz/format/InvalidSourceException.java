package dev.quizbank.quiz.format;

import java.util.List;

/** A source document that cannot be published, with every problem found in it. */
public class InvalidSourceException extends RuntimeException {

    private final transient List<SourceViolation> violations;

    public InvalidSourceException(List<SourceViolation> violations) {
        super(violations.size() + " problem(s), the first: " + violations.get(0).place() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<SourceViolation> violations() {
        return violations;
    }
}
