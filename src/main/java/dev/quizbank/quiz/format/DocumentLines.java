package dev.quizbank.quiz.format;

import java.util.List;
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

        SourceViolation violation() {
            return new SourceViolation("line " + line, getMessage());
        }
    }

    private final List<String> lines;
    /** Index of the next line to read. */
    int next;

    DocumentLines(String source) {
        this.lines = List.of(source.replace("\r\n", "\n").split("\n", -1));
    }

    String at(int index) {
        return lines.get(index);
    }

    String take() {
        return lines.get(next++);
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
        return next >= lines.size();
    }

    String current() {
        return lines.get(next);
    }

    /** The 1-based number of the next line (or of the last line, at the end). */
    int lineNumber() {
        return Math.min(next, lines.size() - 1) + 1;
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
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        return String.join("\n", lines.subList(start, end));
    }
}
