package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.quizbank.attempt.grading.Scoring;
import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Writes Moodle XML ({@code application/xml}) as Moodle's own question/format/xml exports it: a category
 * named after the quiz, then one question per question, of the Moodle type that grades it as the service
 * does ({@code multichoice}, {@code truefalse}, {@code shortanswer}, {@code numerical}, {@code matching}, and
 * the {@code ordering} plugin's). Every text is CommonMark, so it is marked {@code format="markdown"} and
 * written verbatim as escaped character data; {@code defaultgrade} is the question's points.
 *
 * <p>Moodle grades several-answer multichoice by the sum of the ticked choices' percents, clamped to 0..100:
 * {@code weighted} is exactly that, {@code rightMinusWrong} is +100/C for each right choice and −100/C for each
 * wrong one, and {@code allOrNothing} is exact only with one right choice (+100, the others −100); Moodle's
 * matching always gives credit per stem, so {@code allOrNothing} is exact only with one stem. Anything else, and
 * any fraction off {@link MoodleGrades Moodle's grade list}, is refused with {@link NotExportable}.
 */
final class MoodleXmlWriter {

    private static final String MARKDOWN = "markdown";
    private static final String AUTO = "moodle_auto_format";
    private static final String FORMAT = "Moodle XML";

    private MoodleXmlWriter() {
    }

    static String write(QuizSource source) {
        QuizDocument document = source.document();
        IndentedXml xml = new IndentedXml().open("quiz");
        xml.open("question", "type", "category")
                .open("category").text("text", categoryPath(document.title())).close()
                .open("info", "format", MARKDOWN).text("text", document.description()).close()
                .close();
        for (Question question : document.questions()) {
            switch (question) {
                case Question.Single q -> single(head(xml, q, "multichoice"), q);
                case Question.Multiple q -> multiple(head(xml, q, "multichoice"), q);
                case Question.TrueFalse q -> trueFalse(head(xml, q, "truefalse"), q);
                case Question.ShortText q -> shortText(head(xml, q, "shortanswer"), q);
                case Question.Numeric q -> numeric(head(xml, q, "numerical"), q);
                case Question.Matching q -> matching(head(xml, q, "matching"), q);
                case Question.Ordering q -> ordering(head(xml, q, "ordering"), q);
            }
            xml.close();
        }
        return xml.close().finish();
    }

    private static IndentedXml head(IndentedXml xml, Question question, String type) {
        return xml.open("question", "type", type)
                .open("name").text("text", "Q" + question.number()).close()
                .open("questiontext", "format", MARKDOWN).text("text", question.text()).close()
                .open("generalfeedback", "format", MARKDOWN).text("text", question.explanation()).close()
                .text("defaultgrade", question.points().toPlainString())
                .text("penalty", "0")
                .text("hidden", "0");
    }

    private static void single(IndentedXml xml, Question.Single question) {
        choices(xml, "true");
        for (QuizDocument.Choice choice : question.choices()) {
            answer(xml, choice.key().equals(question.correctChoice()) ? "100" : "0", MARKDOWN, choice.text(), choice.feedback());
        }
    }

    private static void multiple(IndentedXml xml, Question.Multiple question) {
        int rights = question.correct().size();
        if (question.scoring() == Question.MultipleScoring.allOrNothing && rights != 1) {
            throw new NotExportable(FORMAT, question.number(), "Moodle's multichoice gives partial credit, so allOrNothing"
                    + " scoring holds only with one right choice");
        }
        BigDecimal share = rights == 0 ? BigDecimal.ONE : BigDecimal.ONE.divide(BigDecimal.valueOf(rights), 10, RoundingMode.HALF_EVEN);
        choices(xml, "false");
        for (QuizDocument.Choice choice : question.choices()) {
            boolean right = question.correct().contains(choice.key());
            BigDecimal fraction = switch (question.scoring()) {
                case weighted -> choice.fraction() == null ? BigDecimal.ZERO : choice.fraction();
                case allOrNothing -> right ? BigDecimal.ONE : BigDecimal.ONE.negate();
                case rightMinusWrong -> right ? share : share.negate();
            };
            answer(xml, MoodleGrades.required(fraction, question.number()), MARKDOWN, choice.text(), choice.feedback());
        }
    }

    private static void choices(IndentedXml xml, String single) {
        xml.text("single", single).text("shuffleanswers", "false").text("answernumbering", "ABCD");
    }

    private static void trueFalse(IndentedXml xml, Question.TrueFalse question) {
        answer(xml, question.answer() ? "100" : "0", AUTO, "true", question.feedbackIfTrue());
        answer(xml, question.answer() ? "0" : "100", AUTO, "false", question.feedbackIfFalse());
    }

    /**
     * Moodle's short answer reads {@code *} as a wildcard and {@code \*} as a star in every answer, so an exact
     * answer's stars are escaped; the first answer that matches grades, so a negative fraction, which the service
     * clamps to 0, is written as 0, the only way Moodle's short-answer grades go below nothing.
     */
    private static void shortText(IndentedXml xml, Question.ShortText question) {
        xml.text("usecase", question.caseSensitive() ? "1" : "0");
        for (Question.TextAnswer answer : question.answers()) {
            String text = Scoring.normalised(answer.text());
            answer(xml, MoodleGrades.required(clamped(answer.fraction()), question.number()), AUTO,
                    answer.match() == Question.TextAnswer.Match.exact ? text.replace("*", "\\*") : text, answer.feedback());
        }
    }

    /** Moodle's numerical answers are nominal values with a tolerance: a range is its midpoint and half its width. */
    private static void numeric(IndentedXml xml, Question.Numeric question) {
        BigDecimal two = BigDecimal.valueOf(2);
        for (NumericAnswer answer : question.answers()) {
            BigDecimal value = switch (answer) {
                case NumericAnswer.Nominal n -> n.value();
                case NumericAnswer.Range r -> r.min().add(r.max()).divide(two);
            };
            BigDecimal tolerance = switch (answer) {
                case NumericAnswer.Nominal n -> n.tolerance();
                case NumericAnswer.Range r -> r.max().subtract(r.min()).divide(two);
            };
            xml.open("answer", "fraction", MoodleGrades.required(clamped(answer.fraction()), question.number()), "format", AUTO)
                    .text("text", value.toPlainString())
                    .open("feedback", "format", MARKDOWN).text("text", answer.feedback()).close()
                    .text("tolerance", tolerance.toPlainString())
                    .close();
        }
        xml.text("unitgradingtype", "0").text("unitpenalty", "0").text("showunits", "3").text("unitsleft", "0");
    }

    /** An option no stem is paired with goes as a stem with empty text, which is how Moodle stores a distractor. */
    private static void matching(IndentedXml xml, Question.Matching question) {
        if (question.scoring() == Question.MatchingScoring.allOrNothing && question.stems().size() != 1) {
            throw new NotExportable(FORMAT, question.number(), "Moodle's matching gives credit per stem, so"
                    + " allOrNothing scoring holds only with one stem");
        }
        xml.text("shuffleanswers", "true");
        for (Question.Item stem : question.stems()) {
            String option = question.options().stream().filter(o -> o.key().equals(question.pairs().get(stem.key())))
                    .map(Question.Item::text).findFirst().orElseThrow();
            subquestion(xml, stem.text(), option);
        }
        for (Question.Item option : question.options()) {
            if (!question.pairs().containsValue(option.key())) {
                subquestion(xml, "", option.text());
            }
        }
    }

    private static void subquestion(IndentedXml xml, String stem, String option) {
        xml.open("subquestion", "format", MARKDOWN).text("text", stem).open("answer").text("text", option).close().close();
    }

    /** The plugin's answers are the items, each with its place in the correct order as its fraction. */
    private static void ordering(IndentedXml xml, Question.Ordering question) {
        String grading = switch (question.scoring()) {
            case allOrNothing -> "ALL_OR_NOTHING";
            case absolutePosition -> "ABSOLUTE_POSITION";
            case longestOrderedSubset -> "LONGEST_ORDERED_SUBSET";
        };
        xml.text("layouttype", "VERTICAL").text("selecttype", "ALL").text("selectcount", "0").text("gradingtype", grading)
                .text("showgrading", "SHOW").text("numberingstyle", "none");
        for (int i = 0; i < question.items().size(); i++) {
            answer(xml, String.valueOf(i + 1), MARKDOWN, question.items().get(i).text(), "");
        }
    }

    private static void answer(IndentedXml xml, String fraction, String format, String text, String feedback) {
        xml.open("answer", "fraction", fraction, "format", format)
                .text("text", text)
                .open("feedback", "format", MARKDOWN).text("text", feedback).close()
                .close();
    }

    private static BigDecimal clamped(BigDecimal fraction) {
        return fraction.signum() < 0 ? BigDecimal.ZERO : fraction;
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
