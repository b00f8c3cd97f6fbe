package dev.quizbank.quiz.format;

import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.UnsupportedQuestionException;

/**
 * Writes Moodle XML ({@code application/xml}) as Moodle's own question/format/xml exports it: a category
 * named after the quiz, then one single-answer multiple-choice question per question, its choices
 * in key order and the explanation as general feedback. Every text is CommonMark, so it is marked
 * {@code format="markdown"} and written verbatim as escaped character data.
 */
final class MoodleXmlWriter {

    private static final String MARKDOWN = "markdown";

    private MoodleXmlWriter() {
    }

    static String write(QuizSource source) {
        QuizDocument document = source.document();
        IndentedXml xml = new IndentedXml().open("quiz");
        xml.open("question", "type", "category")
                .open("category").text("text", categoryPath(document.title())).close()
                .open("info", "format", MARKDOWN).text("text", document.description()).close()
                .close();
        for (Question asked : document.questions()) {
            Question.Single question = UnsupportedQuestionException.requireSingle(asked, "the Moodle XML writer");
            xml.open("question", "type", "multichoice")
                    .open("name").text("text", "Q" + question.number()).close()
                    .open("questiontext", "format", MARKDOWN).text("text", question.text()).close()
                    .open("generalfeedback", "format", MARKDOWN).text("text", question.explanation()).close()
                    .text("defaultgrade", question.points().toPlainString())
                    .text("penalty", "0")
                    .text("hidden", "0")
                    .text("single", "true")
                    .text("shuffleanswers", "false")
                    .text("answernumbering", "ABCD");
            for (QuizDocument.Choice choice : question.choices()) {
                String fraction = choice.key().equals(question.correctChoice()) ? "100" : "0";
                xml.open("answer", "fraction", fraction, "format", MARKDOWN)
                        .text("text", choice.text())
                        .open("feedback", "format", MARKDOWN).text("text", "").close()
                        .close();
            }
            xml.close();
        }
        return xml.close().finish();
    }

    /**
     * Moodle splits a category path at each single '/', reads '//' as a '/' within a name and trims
     * the names, so a name's slashes are doubled and one at either end is kept off the separator by
     * a space (as Moodle's own assemble_category_path does).
     */
    static String categoryPath(String title) {
        String name = title.replace("/", "//");
        return "$course$/top/" + (name.startsWith("/") ? " " : "") + name + (name.endsWith("/") ? " " : "");
    }
}
