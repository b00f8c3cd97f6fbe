package dev.quizbank.quiz.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The answers of a GIFT question, between its braces: the type Moodle would give them, and the
 * pieces between their '=' and '~' marks, tested in Moodle's order so that a file means here what it means there.
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

        /** The text after the first '#', empty where there is none. */
        String feedback() {
            int hash = span.indexOf("#");
            return hash < 0 ? "" : span.from(hash + 1).trim().withoutFormat().text();
        }
    }

    /** The question types of Moodle's importer, told apart by their answers. */
    enum Type {
        ESSAY, NUMERICAL, MULTICHOICE, MATCH, TRUEFALSE, SHORTANSWER
    }

    /** The type Moodle gives these answers, by its tests in its order. */
    static Type type(GiftText.Span answers) {
        if (answers.isEmpty()) {
            return Type.ESSAY;
        }
        if (answers.startsWith("#")) {
            return Type.NUMERICAL;
        }
        if (answers.indexOf("~") >= 0) {
            return Type.MULTICHOICE;
        }
        if (answers.indexOf("=") >= 0 && answers.indexOf("->") >= 0) {
            return Type.MATCH;
        }
        int hash = answers.indexOf("#");
        GiftText.Span check = hash > 0 ? answers.to(hash).trim() : answers;
        return TRUE_FALSE.contains(check.chars()) ? Type.TRUEFALSE : Type.SHORTANSWER;
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

    /**
     * Why choices with an '=' make a question that Quizbank's single choice does not grade as Moodle does; null when
     * they do not. Several right answers are stated with weights and no '=' ({~%50%a ~%50%b ~%-100%c}).
     */
    static String singleWithPartialCredit(List<Piece> pieces) {
        if (pieces.stream().anyMatch(piece -> !piece.right() && WEIGHT.matcher(piece.span().chars()).matches())) {
            return "a single-answer question with partial credit (an '=' answer and weights such as ~%50%)";
        }
        if (pieces.stream().filter(Piece::right).count() > 1) {
            return "a single-answer question with more than one '=' answer (state several right answers by weights and no '=')";
        }
        return null;
    }
}
