package dev.quizbank.quiz.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.quizbank.common.Echo;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Reads Moodle's GIFT ({@code text/x-gift}) as Moodle's {@code question/format/gift/format.php}
 * reads it: single choice here, the other types in {@link GiftQuestions}. Essays, descriptions,
 * missing-word questions and what Quizbank cannot grade as Moodle does are refused, each at the
 * line of its question; the reader carries on after them so that every problem of a file is
 * reported at once.
 *
 * <p>As in Moodle, questions are separated by blank lines, every line is trimmed, lines starting
 * with {@code //} are comments, and {@code \\ \~ \= \# \{ \} \:} and {@code \n} are escapes. The
 * quiz title is the last name of the last {@code $CATEGORY} path.
 */
final class GiftReader {

    private static final String COMMENT = "//";
    private static final String NAME_MARK = "::";
    private static final Pattern CATEGORY_SEPARATOR = Pattern.compile("(?<!/)/(?!/)");
    private static final String IMPORTED_TYPES = ": Quizbank imports single and multiple choice, true/false, short answer,"
            + " numerical and matching questions";

    private final Places places = Places.lines();
    private final SourceViolations problems = new SourceViolations();
    private final List<Question> questions = new ArrayList<>();
    private String title;
    private int titleLine;

    private GiftReader() {
    }

    /** Reads {@code source} into a draft with its places; never throws, whatever the input. */
    static ParsedSource read(String source) {
        GiftReader reader = new GiftReader();
        try {
            reader.blocks(source.startsWith("\uFEFF") ? source.substring(1) : source);
            if (reader.titleLine > 0) {
                reader.places.line("title", reader.titleLine);
            } else {
                reader.problem(1, "GIFT gives a quiz its title in a '$CATEGORY: $course$/top/<title>' line, with a blank line after it");
            }
        } catch (SourceViolations.Stop stop) {
            // Reading ended at a limit; what was found so far is the answer.
        }
        QuizDocument document = new QuizDocument(0, reader.title, "", reader.questions, List.of());
        return new ParsedSource(new QuizSource(null, null, document), reader.places, reader.problems);
    }

    /** Line by line, without splitting the whole file first: a file of a million lines holds no million strings. */
    private void blocks(String source) {
        List<GiftText.Line> block = new ArrayList<>();
        int number = 0;
        for (int start = 0; start >= 0; ) {
            int end = source.indexOf('\n', start);
            String line = GiftText.trim(end < 0 ? source.substring(start) : source.substring(start, end));
            number++;
            if (!line.isEmpty()) {
                block.add(new GiftText.Line(number, line));
            } else if (!block.isEmpty()) {
                block(block);
                block = new ArrayList<>();
            }
            start = end < 0 ? -1 : end + 1;
        }
        if (!block.isEmpty()) {
            block(block);
        }
    }

    private void block(List<GiftText.Line> block) {
        List<GiftText.Line> lines = block.stream().filter(line -> !line.text().startsWith(COMMENT)).toList();
        if (lines.isEmpty()) {
            return;
        }
        GiftText.Line first = lines.getFirst();
        if (first.text().startsWith(GiftText.CATEGORY)) {
            title = categoryName(first);
            titleLine = first.number();
            if (lines.size() > 1) {
                problem(lines.get(1).number(), "a $CATEGORY line stands alone: put a blank line after it"
                        + " (Moodle reads the lines that follow it as part of the category)");
            }
            return;
        }
        if (questions.size() == QuizRules.MAX_QUESTIONS) {
            throw problems.end("line " + first.number(), "a quiz has 1 to " + QuizRules.MAX_QUESTIONS
                    + " questions, this one more");
        }
        question(lines);
    }

    /** The last name of a category path, where Moodle writes a '/' inside a name as '//'. */
    private static String categoryName(GiftText.Line line) {
        String[] names = CATEGORY_SEPARATOR.split(GiftText.trim(line.text().substring(GiftText.CATEGORY.length())), -1);
        String name = names[names.length - 1].replace("//", "/");
        return new GiftText.Marked(List.of(new GiftText.Line(line.number(), name))).all().text();
    }

    private void question(List<GiftText.Line> lines) {
        int line = lines.getFirst().number();
        GiftText.Span text = new GiftText.Marked(lines).all().trim();
        String name = null;
        if (text.startsWith(NAME_MARK)) {
            text = text.from(NAME_MARK.length());
            int end = text.indexOf(NAME_MARK);
            if (end >= 0) {
                name = text.to(end).text();
                text = text.from(end + NAME_MARK.length()).trim();
            }
        }
        int open = text.indexOf("{");
        int close = text.indexOf("}");
        if (open < 0 && close < 0) {
            refuse(line, "a description (no answers in braces {…})", name);
            return;
        }
        if (close < 0) {
            refuse(line, "a question with a '{' but no '}'", name);
            return;
        }
        if (open < 0 || close < open) {
            refuse(line, "a question with a '}' before any '{'", name);
            return;
        }
        if (!text.from(close + 1).isEmpty()) {
            refuse(line, "a missing-word question (text after the closing '}')", name);
            return;
        }
        GiftText.Span answers = text.sub(open + 1, close).trim();
        GiftText.Span feedback = null;
        int feedbackLine = 0;
        int separator = answers.lastIndexOf(GiftText.GENERAL_FEEDBACK);
        if (separator >= 0) {
            feedbackLine = answers.lineAt(separator);
            feedback = answers.from(separator + GiftText.GENERAL_FEEDBACK.length());
            answers = answers.to(separator).trim();
        }
        GiftAnswers.Type type = GiftAnswers.type(answers);
        if (type == GiftAnswers.Type.ESSAY) {
            refuse(line, "an essay question ({})", name);
            return;
        }
        List<GiftAnswers.Piece> pieces = type == GiftAnswers.Type.NUMERICAL ? List.of() : GiftAnswers.pieces(answers, line, problems);
        boolean single = type == GiftAnswers.Type.MULTICHOICE && answers.indexOf("=") >= 0;
        String partialCredit = single ? GiftAnswers.singleWithPartialCredit(pieces) : null;
        if (partialCredit != null) {
            refuse(line, partialCredit, name);
            return;
        }

        String path = "questions[" + questions.size() + "]";
        GiftText.Span questionText = text.to(open).withoutFormat().trim();
        String explanation = feedback == null ? null : feedback.withoutFormat().text();
        GiftQuestions read = new GiftQuestions(problems, path, questions.size() + 1);
        Question question;
        try {
            question = switch (type) {
                case MULTICHOICE -> single ? single(path, questionText, text.from(open), pieces, explanation)
                        : read.multiple(questionText.text(), pieces, explanation);
                case MATCH -> read.matching(questionText.text(), pieces, explanation);
                case TRUEFALSE -> read.trueFalse(questionText.text(), answers, explanation);
                case SHORTANSWER -> read.shortText(questionText.text(), pieces, explanation);
                case NUMERICAL -> read.numeric(questionText.text(), answers.from(1).trim(), line, explanation);
                case ESSAY -> throw new IllegalStateException("an essay question is refused above");
            };
        } catch (GiftQuestions.Refused refused) {
            String named = name == null || name.isEmpty() ? "" : " " + Echo.quoted(name);
            problem(refused.line, "cannot import question" + named + ": " + refused.getMessage());
            return;
        }
        places.line(path, line);
        read.placeIn(places);
        if (!questionText.isEmpty()) {
            places.line(path + ".text", questionText.line());
        }
        if (feedback != null) {
            places.line(path + ".explanation", feedbackLine);
        }
        questions.add(question);
    }

    private Question single(String path, GiftText.Span questionText, GiftText.Span braces, List<GiftAnswers.Piece> pieces,
            String explanation) {
        places.line(path + ".choices", braces.line());
        List<QuizDocument.Choice> choices = new ArrayList<>();
        String answer = null;
        for (GiftAnswers.Piece piece : pieces) {
            String key = String.valueOf((char) ('A' + choices.size()));
            places.line(path + ".choices[" + choices.size() + "]", piece.line());
            choices.add(new QuizDocument.Choice(key, piece.text(), null, piece.feedback()));
            if (piece.right()) {
                answer = key;
                places.line(path + ".answer", piece.line());
            }
        }
        return new Question.Single(questions.size() + 1, questionText.text(), choices, answer, explanation);
    }

    private void refuse(int line, String type, String name) {
        String named = name == null || name.isEmpty() ? "" : " " + Echo.quoted(name);
        problem(line, "cannot import " + type + named + IMPORTED_TYPES);
    }

    private void problem(int line, String message) {
        problems.add("line " + line, message);
    }
}
