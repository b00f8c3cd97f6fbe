package dev.quizbank.quiz.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one document, {@value #LIMIT} at most: a client is shown no more, and a
 * document made to hold a million problems must not fill the heap with them. Past the limit, or at
 * a size limit that keeps the rest from being read safely, reading stops where it is.
 */
final class SourceViolations {

    static final int LIMIT = 100;

    /** Ends the reading of a document; the reader that catches it keeps what it has found. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final List<SourceViolation> found = new ArrayList<>();
    private boolean stopped;
    private boolean truncated;

    SourceViolations() {
    }

    /** A reader's problems, to which the rules add theirs. */
    SourceViolations(ParsedSource parsed) {
        found.addAll(parsed.problems());
        stopped = parsed.stopped();
        truncated = parsed.truncated();
    }

    void add(String place, String message) {
        if (found.size() == LIMIT) {
            truncated = true;
            throw stop();
        }
        found.add(new SourceViolation(place, message));
    }

    /** Adds a problem after which nothing more of the document is read. */
    Stop end(String place, String message) {
        add(place, message);
        return stop();
    }

    private Stop stop() {
        stopped = true;
        return new Stop();
    }

    List<SourceViolation> list() {
        return List.copyOf(found);
    }

    /** Whether reading stopped before the end of the document, so that its draft is partial. */
    boolean stopped() {
        return stopped;
    }

    /** Whether there were more problems than the list holds. */
    boolean truncated() {
        return truncated;
    }
}
