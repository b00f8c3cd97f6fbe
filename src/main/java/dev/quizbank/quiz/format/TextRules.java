package dev.quizbank.quiz.format;

/**
 * The shape of every text of a quiz, for {@link QuizRules}: each check gives the first way a text
 * breaks it, or null when it does not, and QuizRules reports that at the text's place.
 */
final class TextRules {

    private TextRules() {
    }

    /** A one-line text: present, not blank, no line break, no space at either end, at most MAX_LINE characters. */
    static String line(String value, String name) {
        if (value == null || value.isBlank()) {
            return name + " is empty";
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return name + " must be a single line";
        }
        String edges = edges(value, name, true);
        return edges != null ? edges : length(value, name, QuizRules.MAX_LINE);
    }

    /** A CommonMark text of any number of lines, with no blank space at either end. */
    static String text(String value, String name, boolean required) {
        if (value == null || (required && value.isBlank())) {
            return name + " is empty";
        }
        if (value.indexOf('\r') >= 0) {
            return name + " has a carriage return; lines end with a line feed alone";
        }
        String edges = edges(value, name, false);
        return edges != null ? edges : length(value, name, QuizRules.MAX_TEXT);
    }

    private static String edges(String value, String name, boolean oneLine) {
        if (!value.strip().equals(value)) {
            return name + " begins or ends with white space";
        }
        int unwritable = TextCharacters.unwritable(value);
        if (unwritable >= 0) {
            return name + " holds " + TextCharacters.name(unwritable)
                    + ", a control character or non-character that XML exports cannot carry";
        }
        int hidden = TextCharacters.spoofing(value, oneLine);
        return hidden < 0 ? null : name + " holds " + TextCharacters.name(hidden) + (oneLine
                ? ", an invisible formatting character: a one-line text may not hold one, so that it reads as it shows"
                : ", a bidirectional embedding, override or isolate, which could make the text read otherwise than it shows");
    }

    private static String length(String value, String name, int max) {
        return value.length() <= max ? null : name + " is longer than " + max + " characters";
    }
}
