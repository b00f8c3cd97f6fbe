package dev.quizbank.quiz.format;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lines of a text document with a cursor on the next one to read; faults name a 1-based line. */
final class DocumentLines {

    /** A fault that keeps the rest of the document from being read. */
    static final class Fault extends RuntimeException {
        final int line;

        Fault(int line, String problem) {
            super(problem, null, false, false);
            this.line = line;
        }
    }

    private final String text;
    /** Where each line starts in {@code text}: a document of a million short lines holds no million strings. */
    private final int[] starts;
    /** Index of the next line to read. */
    int next;

    DocumentLines(String source) {
        this.text = source.replace("\r\n", "\n");
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        starts = new int[count];
        for (int line = 1, i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
    }

    String at(int index) {
        int end = index + 1 < starts.length ? starts[index + 1] - 1 : text.length();
        return text.substring(starts[index], end);
    }

    String take() {
        return at(next++);
    }

    /** The lines up to the next one that {@code ends} accepts, without blank lines at either end. */
    String block(Predicate<String> ends) {
        skipBlank();
        return rest(ends);
    }

    Matcher expect(Pattern pattern, String problem) {
        if (atEnd()) {
            throw fault(problem + ", but the document ends");
        }
        Matcher matcher = pattern.matcher(current());
        if (!matcher.matches()) {
            throw fault(problem);
        }
        next++;
        return matcher;
    }

    void skipBlank() {
        while (!atEnd() && current().isBlank()) {
            next++;
        }
    }

    boolean atEnd() {
        return next >= starts.length;
    }

    String current() {
        return at(next);
    }

    /** The 1-based number of the next line (or of the last line, at the end). */
    int lineNumber() {
        return Math.min(next, starts.length - 1) + 1;
    }

    /** At the end of the document the fault is reported on its last line. */
    Fault fault(String problem) {
        return new Fault(lineNumber(), problem);
    }

    /** The lines up to the next one that {@code ends} accepts, without blank lines at its end (kept at its start). */
    String rest(Predicate<String> ends) {
        int start = next;
        while (!atEnd() && !ends.test(current())) {
            next++;
        }
        int end = next;
        while (end > start && at(end - 1).isBlank()) {
            end--;
        }
        return end == start ? "" : text.substring(starts[start], starts[end - 1] + at(end - 1).length());
    }
}
