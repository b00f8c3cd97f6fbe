package dev.quizbank.quiz.format;

import java.util.regex.Pattern;

import dev.quizbank.quiz.document.Question;

/**
 * The lines that give the native document its structure. The reader, the writer and
 * {@link QuizRules} share them: a text may hold no line the reader would take for structure, or a
 * published quiz would not read back as it was written.
 */
final class NativeSyntax {

    static final String FENCE = "---";
    static final String SCORING_GUIDE = "Scoring Guide";
    static final String STEMS = "Stems:";
    static final String OPTIONS = "Options:";
    /** What the answer line of a short-text or numeric question states: the accepted answers are the list above it. */
    static final String AS_LISTED = "as listed";
    static final String TOLERANCE = " ± ";
    static final String RANGE = "..";
    static final String PAIR = " -> ";
    static final String FRACTION_PREFIX = "    fraction: ";
    static final String FEEDBACK_PREFIX = "    >";
    private static final String DECIMAL = "-?[0-9]{1,40}(?:\\.[0-9]{1,40})?";
    private static final String BULLET = "\\s*[•*-] ";
    // Lines are already split at line feeds: DOTALL lets any other separator stand as a character,
    // and every pattern here runs in time linear in its line, whatever an author sends.
    static final Pattern QUESTION = Pattern.compile("Question (\\d{1,6})");
    /** A question that states its type, and after it its scoring, its points or 'case sensitive', between commas. */
    static final Pattern TYPED_QUESTION = Pattern.compile(
            "Question (\\d{1,6}) \\((single|multiple|trueFalse|shortText|numeric|matching|ordering)((?:, [^,()]*)*)\\)");
    static final Pattern POINTS = Pattern.compile("(" + DECIMAL + ") points?");
    static final Pattern CHOICE = Pattern.compile(BULLET + "([A-Z])\\) (.*)", Pattern.DOTALL);
    static final Pattern ANSWER = Pattern.compile("Answer \\*\\*([A-Z])\\)(.*?)\\*\\*(?: (.*))?", Pattern.DOTALL);
    /** A stem, option or item of a matching or ordering question; the choices of a multiple-choice question too. */
    static final Pattern ITEM = Pattern.compile(BULLET + "(" + Question.ITEM_KEY.pattern() + ")\\) (.*)", Pattern.DOTALL);
    static final Pattern TRUTH = Pattern.compile(BULLET + "(true|false)");
    static final Pattern TEXT_ANSWER = Pattern.compile(BULLET + "(exact|wildcard): (.*)", Pattern.DOTALL);
    static final Pattern NOMINAL = Pattern.compile(BULLET + "(" + DECIMAL + ") ± (" + DECIMAL + ")");
    static final Pattern INTERVAL = Pattern.compile(BULLET + "(" + DECIMAL + ")\\.\\.(" + DECIMAL + ")");
    /** The answer line of every type but single: the keys, the truth value, the pairs or 'as listed' in bold. */
    static final Pattern STATED_ANSWER = Pattern.compile("Answer \\*\\*([^*]*)\\*\\*(?: (.*))?", Pattern.DOTALL);
    static final Pattern FRACTION = Pattern.compile(FRACTION_PREFIX + "(" + DECIMAL + ")");

    private NativeSyntax() {
    }

    /** Whether a line of a single-choice question's text would end it in this format. */
    static boolean endsQuestionText(String line) {
        return endsBlock(line) || CHOICE.matcher(line).matches() || ANSWER.matcher(line).matches();
    }

    /**
     * Whether a line of the text of a question of this type would end it in this format. A single-choice text ends
     * where it always did, so that every document written before the other types reads as it did.
     */
    static boolean endsQuestionText(Question.Type type, String line) {
        if (type == Question.Type.single) {
            return endsQuestionText(line);
        }
        return endsBlock(line) || line.equals(STEMS) || ITEM.matcher(line).matches() || TRUTH.matcher(line).matches()
                || TEXT_ANSWER.matcher(line).matches() || NOMINAL.matcher(line).matches()
                || INTERVAL.matcher(line).matches() || STATED_ANSWER.matcher(line).matches();
    }

    /** Whether a line of a description or explanation would end it in this format. */
    static boolean endsBlock(String line) {
        return QUESTION.matcher(line).matches() || TYPED_QUESTION.matcher(line).matches() || line.equals(SCORING_GUIDE);
    }

    /** A table cell carries '|' as '\|' (as GitHub's tables do); every other character stands for itself. */
    static String unescapeCell(String cell) {
        return cell.replace("\\|", "|");
    }

    static String escapeCell(String text) {
        return text.replace("|", "\\|");
    }
}
