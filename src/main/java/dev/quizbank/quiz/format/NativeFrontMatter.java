package dev.quizbank.quiz.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.quizbank.common.Echo;
import dev.quizbank.quiz.QuizSettings;

/**
 * The native document's optional front matter block: the quiz's id and its settings, one {@code key: value}
 * a line ({@code pool:} once per pool). A setting left out has its default.
 */
final class NativeFrontMatter {

    private static final String KEYS = "id, review, anonymous, maxAttempts, " + OwnersEntry.KEY + ", timeLimitSeconds, graceSeconds,"
            + " shuffleQuestions, shuffleChoices, openAt, closeAt, " + PoolEntry.KEY + ", gradingMethod";
    /** DOTALL for the reason NativeSyntax gives. */
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z]+):(.*)", Pattern.DOTALL);
    static final String UNTIL_CLOSED = " until closed, then ";
    private static final Pattern REVIEW = Pattern.compile("(full|correctness|score)(?:" + UNTIL_CLOSED + "(full|correctness|score))?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private String id;
    private QuizSettings.Review afterSubmit = QuizSettings.Review.FULL;
    private QuizSettings.Review afterClose = QuizSettings.Review.FULL;
    private boolean anonymous = true;
    private Long maxAttempts;
    private List<String> owners = List.of();
    private Long timeLimitSeconds;
    private long graceSeconds;
    private boolean shuffleQuestions;
    private boolean shuffleChoices;
    private Instant openAt;
    private Instant closeAt;
    private final List<SettingsRules.PoolDraft> pools = new ArrayList<>();
    private QuizSettings.GradingMethod gradingMethod = QuizSettings.GradingMethod.HIGHEST;
    private boolean stated;

    private NativeFrontMatter() {
    }

    String id() {
        return id;
    }

    /** Null when the document states no setting; each broken rule goes to {@code problems} at its line. */
    QuizSettings settings(SourceViolations problems, Places places) {
        if (!stated) {
            return null;
        }
        return SettingsRules.settings(new SettingsRules.Draft(afterSubmit, afterClose, anonymous, maxAttempts, owners, timeLimitSeconds,
                graceSeconds, shuffleQuestions, shuffleChoices, openAt, closeAt, pools, gradingMethod),
                (path, message) -> problems.add(places.of(path), message));
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
                return;
            }
            case "review" -> review(value, line);
            case "anonymous" -> anonymous = bool(key, value, line);
            case "maxAttempts" -> maxAttempts = value.equals("unlimited") ? null
                    : number(value, line, "maxAttempts is a whole number from 1, or unlimited");
            case OwnersEntry.KEY -> owners = OwnersEntry.read(value, line);
            case "timeLimitSeconds" -> timeLimitSeconds = number(value, line,
                    "timeLimitSeconds is a whole number of seconds, as in 1200 for 20 minutes");
            case "graceSeconds" -> graceSeconds = number(value, line, "graceSeconds is a whole number of seconds, as in 30");
            case "shuffleQuestions" -> shuffleQuestions = bool(key, value, line);
            case "shuffleChoices" -> shuffleChoices = bool(key, value, line);
            case "openAt" -> openAt = instant(key, value, line);
            case "closeAt" -> closeAt = instant(key, value, line);
            case PoolEntry.KEY -> {
                places.line("settings.pools[" + pools.size() + "]", line);
                pools.add(PoolEntry.read(value, line));
                return;
            }
            case "gradingMethod" -> gradingMethod = switch (value) {
                case "highest", "average", "first", "last" -> QuizSettings.GradingMethod.of(value);
                default -> throw new DocumentLines.Fault(line, "gradingMethod is one of highest, average, first, last");
            };
            default -> throw new DocumentLines.Fault(line, "unknown front matter key " + Echo.quoted(key) + " (" + KEYS + ")");
        }
        places.line("settings." + key, line);
    }

    private void review(String value, int line) {
        Matcher review = REVIEW.matcher(value);
        if (!review.matches()) {
            throw new DocumentLines.Fault(line, "review is one of full, correctness, score, or two of them as in 'score"
                    + UNTIL_CLOSED + "full'");
        }
        afterSubmit = QuizSettings.Review.of(review.group(1));
        afterClose = review.group(2) == null ? afterSubmit : QuizSettings.Review.of(review.group(2));
    }

    private static boolean bool(String key, String value, int line) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new DocumentLines.Fault(line, key + " is true or false");
        };
    }

    /** Digits, which SettingsRules then judges; a number longer than any setting allows is refused here. */
    private static Long number(String value, int line, String form) {
        if (!DIGITS.matcher(value).matches()) {
            throw new DocumentLines.Fault(line, form);
        }
        return Long.valueOf(value);
    }

    private static Instant instant(String key, String value, int line) {
        Instant instant = SettingsRules.instant(value);
        if (instant == null) {
            throw new DocumentLines.Fault(line, key + " is " + SettingsRules.INSTANT_FORM);
        }
        return instant;
    }
}
