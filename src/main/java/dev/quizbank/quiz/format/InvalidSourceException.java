package dev.quizbank.quiz.format;

import java.util.List;

/** A source document that cannot be published, with every problem found in it. */
public class InvalidSourceException extends RuntimeException {

    private final transient List<SourceViolation> violations;
    private final boolean truncated;

    public InvalidSourceException(List<SourceViolation> violations, boolean truncated) {
        super(violations.size() + (truncated ? "+" : "") + " problem(s), the first: " + violations.get(0).place() + ": "
                + violations.get(0).message());
        this.violations = List.copyOf(violations);
        this.truncated = truncated;
    }

    public List<SourceViolation> violations() {
        return violations;
    }

    /** Whether the document has more problems than {@link #violations()}: reading stopped at a limit. */
    public boolean truncated() {
        return truncated;
    }
}
