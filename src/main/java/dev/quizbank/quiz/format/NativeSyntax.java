package dev.quizbank.quiz.format;

import java.util.regex.Pattern;

/**
 * The lines that give the native document its structure. The reader, the writer and
 * {@link QuizRules} share them: a text may hold no line the reader would take for structure, or a
 * published quiz would not read back as it was written.
 */
final class NativeSyntax {

    static final String FENCE = "---";
    static final String SCORING_GUIDE = "Scoring Guide";
    // Lines are already split at line feeds: DOTALL lets any other separator stand as a character,
    // and every pattern here runs in time linear in its line, whatever an author sends.
    static final Pattern QUESTION = Pattern.compile("Question (\\d{1,6})");
    static final Pattern CHOICE = Pattern.compile("\\s*[•*-] ([A-Z])\\) (.*)", Pattern.DOTALL);
    static final Pattern ANSWER = Pattern.compile("Answer \\*\\*([A-Z])\\)(.*?)\\*\\*(?: (.*))?", Pattern.DOTALL);

    private NativeSyntax() {
    }

    /** Whether a line of a question's text would end it in this format. */
    static boolean endsQuestionText(String line) {
        return endsBlock(line) || CHOICE.matcher(line).matches() || ANSWER.matcher(line).matches();
    }

    /** Whether a line of a description or explanation would end it in this format. */
    static boolean endsBlock(String line) {
        return QUESTION.matcher(line).matches() || line.equals(SCORING_GUIDE);
    }

    /** A table cell carries '|' as '\|' (as GitHub's tables do); every other character stands for itself. */
    static String unescapeCell(String cell) {
        return cell.replace("\\|", "|");
    }

    static String escapeCell(String text) {
        return text.replace("|", "\\|");
    }
}
