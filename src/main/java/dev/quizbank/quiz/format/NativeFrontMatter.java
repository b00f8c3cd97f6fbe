package dev.quizbank.quiz.format;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.quizbank.common.Echo;
import dev.quizbank.quiz.QuizSettings;

/** The native document's optional front matter block: the quiz's id and its settings. */
final class NativeFrontMatter {

    private static final String KEYS = "id, review, anonymous, maxAttempts, " + OwnersEntry.KEY;
    /** DOTALL for the reason NativeSyntax gives. */
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z]+):(.*)", Pattern.DOTALL);

    private String id;
    private QuizSettings.Review review = QuizSettings.Review.FULL;
    private boolean anonymous = true;
    private Integer maxAttempts;
    private int maxAttemptsLine;
    private List<String> owners = List.of();
    private boolean stated;

    private NativeFrontMatter() {
    }

    String id() {
        return id;
    }

    /** Null when the document states no setting. */
    QuizSettings settings() {
        if (!stated) {
            return null;
        }
        if (maxAttempts != null && anonymous) {
            throw new DocumentLines.Fault(maxAttemptsLine, "maxAttempts needs 'anonymous: false'");
        }
        return new QuizSettings(review, anonymous, maxAttempts, owners);
    }

    /** Reads the block at the start of {@code lines}, if there is one; a document without one states nothing. */
    static NativeFrontMatter read(DocumentLines lines, Places places) {
        NativeFrontMatter front = new NativeFrontMatter();
        lines.skipBlank();
        if (lines.atEnd() || !lines.current().equals(NativeSyntax.FENCE)) {
            return front;
        }
        lines.next++;
        while (!lines.atEnd() && !lines.current().equals(NativeSyntax.FENCE)) {
            int line = lines.lineNumber();
            Matcher entry = ENTRY.matcher(lines.take());
            if (!entry.matches()) {
                throw new DocumentLines.Fault(line, "expected 'key: value' in the front matter (" + KEYS + ")");
            }
            front.entry(entry.group(1), entry.group(2).strip(), line, places);
        }
        lines.expect(Pattern.compile(NativeSyntax.FENCE), "expected '---' to close the front matter");
        return front;
    }

    private void entry(String key, String value, int line, Places places) {
        stated |= !key.equals("id");
        switch (key) {
            case "id" -> {
                id = value;
                places.line("id", line);
            }
            case "review" -> review = switch (value) {
                case "full", "correctness", "score" -> QuizSettings.Review.of(value);
                default -> throw new DocumentLines.Fault(line, "review is one of full, correctness, score");
            };
            case "anonymous" -> anonymous = switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new DocumentLines.Fault(line, "anonymous is true or false");
            };
            case "maxAttempts" -> {
                maxAttemptsLine = line;
                maxAttempts = maxAttempts(value, line);
            }
            case OwnersEntry.KEY -> {
                owners = OwnersEntry.read(value, line);
                places.line("settings.owners", line);
            }
            default -> throw new DocumentLines.Fault(line, "unknown front matter key " + Echo.quoted(key) + " (" + KEYS + ")");
        }
    }

    private static Integer maxAttempts(String value, int line) {
        if (value.equals("unlimited")) {
            return null;
        }
        // Any whole number a JSON document may state (up to 2,147,483,647), so every format reads back what it wrote.
        if (!value.matches("[1-9][0-9]{0,9}") || Long.parseLong(value) > Integer.MAX_VALUE) {
            throw new DocumentLines.Fault(line, "maxAttempts is a whole number from 1, or unlimited");
        }
        return Integer.valueOf(value);
    }
}
