package dev.quizbank.quiz.format;

import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Writes Moodle's GIFT ({@code text/x-gift}). Every text is escaped in full, so that each text,
 * choice and explanation reads back character for character.
 */
final class GiftWriter {

    private static final String MARKDOWN = "[markdown]";

    private GiftWriter() {
    }

    /**
     * GIFT that Moodle imports and {@link GiftReader#read} reads back to the same questions and
     * title, for a quiz that meets {@link QuizRules}. GIFT has no place for the id (named in a
     * comment only), the settings, the chapter, the description or the scoring guide.
     *
     * @throws NotExportable naming the first question GIFT cannot state (see {@link GiftQuestionWriter})
     */
    static String write(QuizSource source) {
        QuizDocument document = source.document();
        StringBuilder out = new StringBuilder();
        out.append("// Quizbank quiz").append(source.id() == null ? "" : " " + source.id()).append(": ")
                .append(document.title()).append('\n');
        out.append(GiftText.CATEGORY).append(' ').append(categoryPath(document.title())).append('\n');
        GiftQuestionWriter answers = new GiftQuestionWriter(out);
        for (Question question : document.questions()) {
            out.append("\n::Q").append(question.number()).append(":: ").append(MARKDOWN).append(escape(question.text()))
                    .append("{\n");
            answers.answers(question);
            out.append('\t').append(GiftText.GENERAL_FEEDBACK).append(guarded(question.explanation())).append("\n}\n");
        }
        return out.toString();
    }

    /** Moodle applies no escapes to a category but turns '\\' into '\' first; the rest is as in Moodle XML. */
    private static String categoryPath(String title) {
        return MoodleXmlWriter.categoryPath(title.replace("\\", "\\\\"));
    }

    /** A text that Moodle would take for a format prefix or an answer weight gets an explicit format first. */
    static String guarded(String text) {
        return (text.startsWith("[") || text.startsWith("%") ? MARKDOWN : "") + escape(text);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GiftText.ESCAPED.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
