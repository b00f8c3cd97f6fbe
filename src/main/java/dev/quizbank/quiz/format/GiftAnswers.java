package dev.quizbank.quiz.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The answers of a GIFT question, between its braces: the type Moodle would give them, and for
 * multiple choice the choices, tested in Moodle's order so that a file means here what it means there.
 */
final class GiftAnswers {

    /** Moodle's answer weight, {@code %50%}, which makes a choice part of a multiple-answer question. */
    private static final Pattern WEIGHT = Pattern.compile("%-*[0-9]{1,2}\\.?[0-9]*%.*", Pattern.DOTALL);
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    private GiftAnswers() {
    }

    /** One choice: the text from its '=' or '~' to the next, with its feedback after '#' dropped. */
    record Piece(boolean right, int line, GiftText.Span span) {

        String text() {
            int hash = span.indexOf("#");
            return (hash < 0 ? span : span.to(hash)).trim().withoutFormat().text();
        }
    }

    /** The type Moodle would give answers that are not multiple choice, in Moodle's order of tests; null for multiple choice. */
    static String otherType(GiftText.Span answers) {
        if (answers.isEmpty()) {
            return "an essay question ({})";
        }
        if (answers.startsWith("#")) {
            return "a numerical question ({#…})";
        }
        if (answers.indexOf("~") >= 0) {
            return null;
        }
        if (answers.indexOf("=") >= 0 && answers.indexOf("->") >= 0) {
            return "a matching question ({=… -> …})";
        }
        int hash = answers.indexOf("#");
        GiftText.Span check = hash > 0 ? answers.to(hash).trim() : answers;
        if (TRUE_FALSE.contains(check.chars())) {
            return "a true/false question ({T}, {TRUE}, {F}, {FALSE})";
        }
        return "a short-answer question (only '=' answers)";
    }

    /** As Moodle does, text before the first '~' or '=' is a wrong choice of its own unless blank. */
    static List<Piece> pieces(GiftText.Span answers, int questionLine, SourceViolations problems) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        char marker = 0;
        for (int i = 0; i <= answers.length(); i++) {
            boolean end = i == answers.length();
            if (end || answers.isMark(i, '~') || answers.isMark(i, '=')) {
                GiftText.Span piece = answers.sub(start, i).trim();
                if (marker != 0 || !piece.isEmpty()) {
                    int line = marker == 0 ? piece.line() : answers.lineAt(start - 1);
                    if (pieces.size() == QuizRules.MAX_CHOICES) {
                        throw problems.end("line " + questionLine, "a question has 2 to " + QuizRules.MAX_CHOICES
                                + " choices, this one more");
                    }
                    pieces.add(new Piece(marker == '=', line, piece));
                }
                if (!end) {
                    marker = answers.charAt(i);
                    start = i + 1;
                }
            }
        }
        return pieces;
    }

    /** Why the choices make a multiple-answer question, which Quizbank does not import; null when they do not. */
    static String multipleAnswers(List<Piece> pieces) {
        if (pieces.stream().anyMatch(piece -> !piece.right() && WEIGHT.matcher(piece.span().chars()).matches())) {
            return "a multiple-answer question (answer weights such as ~%50%)";
        }
        if (pieces.stream().filter(Piece::right).count() > 1) {
            return "a multiple-answer question (more than one '=' answer)";
        }
        return null;
    }
}
