package dev.quizbank.quiz.format;

/**
 * A question that a format cannot state so that it grades as the service grades it: a fraction the format's grade
 * list does not hold, or a scoring mode it has no way to express. Refused whole rather than written approximately.
 */
public final class NotExportable extends RuntimeException {

    private final String format;
    private final int question;
    private final String reason;

    public NotExportable(String format, int question, String reason) {
        super("question " + question + " cannot be written as " + format + ": " + reason);
        this.format = format;
        this.question = question;
        this.reason = reason;
    }

    /** The format's name, as a person reads it: "Moodle XML", "a QTI 3 package". */
    public String format() {
        return format;
    }

    /** The number of the question refused. */
    public int question() {
        return question;
    }

    /** Why, in a sentence without its subject. */
    public String reason() {
        return reason;
    }
}
