package dev.quizbank.quiz.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.quizbank.common.Echo;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Moodle's GIFT ({@code text/x-gift}), read as Moodle's {@code question/format/gift/format.php}
 * reads it, for the one question type a quiz holds: multiple choice with one right answer. Other
 * GIFT types are refused, each at the line of its question; the reader carries on after them so
 * that every problem of a file is reported at once.
 *
 * <p>As in Moodle, questions are separated by blank lines, every line is trimmed, lines starting
 * with {@code //} are comments, and {@code \\ \~ \= \# \{ \} \:} and {@code \n} are escapes. The
 * quiz title is the last name of the last {@code $CATEGORY} path. The writer escapes every text in
 * full, so that each text, choice and explanation reads back character for character.
 */
public final class GiftFormat {

    public static final String MEDIA_TYPE = "text/x-gift";

    private static final String COMMENT = "//";
    private static final String CATEGORY = "$CATEGORY:";
    private static final String CATEGORY_ROOT = "$course$/top/";
    private static final String NAME_MARK = "::";
    private static final String GENERAL_FEEDBACK = "####";
    private static final String MARKDOWN = "[markdown]";
    /** Moodle's answer weight, {@code %50%}, which makes a choice part of a multiple-answer question. */
    private static final Pattern WEIGHT = Pattern.compile("%-*[0-9]{1,2}\\.?[0-9]*%.*", Pattern.DOTALL);
    private static final Pattern CATEGORY_SEPARATOR = Pattern.compile("(?<!/)/(?!/)");
    private static final Set<String> TEXT_FORMATS = Set.of("moodle", "html", "plain", "markdown");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final String ONLY_MULTIPLE_CHOICE = ": Quizbank imports multiple choice with one right answer, {=right ~wrong …}";

    private final Places places = Places.lines();
    private final SourceViolations problems = new SourceViolations();
    private final List<QuizDocument.Question> questions = new ArrayList<>();
    private String title;
    private int titleLine;

    private GiftFormat() {
    }

    /** Reads {@code source} into a draft with its places; never throws, whatever the input. */
    public static ParsedSource read(String source) {
        GiftFormat reader = new GiftFormat();
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
        if (first.text().startsWith(CATEGORY)) {
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
        String[] names = CATEGORY_SEPARATOR.split(GiftText.trim(line.text().substring(CATEGORY.length())), -1);
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
        int separator = answers.lastIndexOf(GENERAL_FEEDBACK);
        if (separator >= 0) {
            feedbackLine = answers.lineAt(separator);
            feedback = answers.from(separator + GENERAL_FEEDBACK.length());
            answers = answers.to(separator).trim();
        }
        String otherType = otherType(answers);
        if (otherType != null) {
            refuse(line, otherType, name);
            return;
        }
        List<Piece> pieces = pieces(answers, line);
        String multipleAnswers = multipleAnswers(pieces);
        if (multipleAnswers != null) {
            refuse(line, multipleAnswers, name);
            return;
        }

        String path = "questions[" + questions.size() + "]";
        places.line(path, line);
        GiftText.Span questionText = withoutFormat(text.to(open)).trim();
        if (!questionText.isEmpty()) {
            places.line(path + ".text", questionText.line());
        }
        places.line(path + ".choices", text.from(open).line());
        List<QuizDocument.Choice> choices = new ArrayList<>();
        String answer = null;
        for (Piece piece : pieces) {
            String key = String.valueOf((char) ('A' + choices.size()));
            places.line(path + ".choices[" + choices.size() + "]", piece.line());
            choices.add(new QuizDocument.Choice(key, piece.text()));
            if (piece.right()) {
                answer = key;
                places.line(path + ".answer", piece.line());
            }
        }
        String explanation = null;
        if (feedback != null) {
            places.line(path + ".explanation", feedbackLine);
            explanation = withoutFormat(feedback).text();
        }
        questions.add(new QuizDocument.Question(questions.size() + 1, questionText.text(), choices, answer, explanation));
    }

    /** The type Moodle would give answers that are not multiple choice, in Moodle's order of tests; null for multiple choice. */
    private static String otherType(GiftText.Span answers) {
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

    /** One choice: the text from its '=' or '~' to the next, with its feedback after '#' dropped. */
    private record Piece(boolean right, int line, GiftText.Span span) {

        String text() {
            int hash = span.indexOf("#");
            return withoutFormat((hash < 0 ? span : span.to(hash)).trim()).text();
        }
    }

    /** As Moodle does, text before the first '~' or '=' is a wrong choice of its own unless blank. */
    private List<Piece> pieces(GiftText.Span answers, int questionLine) {
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

    private static String multipleAnswers(List<Piece> pieces) {
        if (pieces.stream().anyMatch(piece -> !piece.right() && WEIGHT.matcher(piece.span().chars()).matches())) {
            return "a multiple-answer question (answer weights such as ~%50%)";
        }
        if (pieces.stream().filter(Piece::right).count() > 1) {
            return "a multiple-answer question (more than one '=' answer)";
        }
        return null;
    }

    /** Moodle strips a leading [moodle], [html], [plain] or [markdown] from a text as its format. */
    private static GiftText.Span withoutFormat(GiftText.Span text) {
        if (text.startsWith("[")) {
            int end = text.indexOf("]");
            if (end > 0 && TEXT_FORMATS.contains(text.sub(1, end).chars())) {
                return text.from(end + 1);
            }
        }
        return text;
    }

    private void refuse(int line, String type, String name) {
        String named = name == null || name.isEmpty() ? "" : " " + Echo.quoted(name);
        problem(line, "cannot import " + type + named + ONLY_MULTIPLE_CHOICE);
    }

    private void problem(int line, String message) {
        problems.add("line " + line, message);
    }

    /**
     * GIFT that Moodle imports and {@link #read} reads back to the same questions and title, for a
     * quiz that meets {@link QuizRules}. GIFT has no place for the id (named in a comment only), the
     * settings, the chapter, the description or the scoring guide.
     */
    public static String write(QuizSource source) {
        QuizDocument document = source.document();
        StringBuilder out = new StringBuilder();
        out.append("// Quizbank quiz").append(source.id() == null ? "" : " " + source.id()).append(": ")
                .append(document.title()).append('\n');
        out.append(CATEGORY).append(' ').append(CATEGORY_ROOT).append(categoryName(document.title())).append('\n');
        for (QuizDocument.Question question : document.questions()) {
            out.append("\n::Q").append(question.number()).append(":: ").append(MARKDOWN).append(escape(question.text()))
                    .append("{\n");
            for (QuizDocument.Choice choice : question.choices()) {
                out.append('\t').append(choice.key().equals(question.correctChoice()) ? '=' : '~')
                        .append(guarded(choice.text())).append('\n');
            }
            out.append('\t').append(GENERAL_FEEDBACK).append(guarded(question.explanation())).append("\n}\n");
        }
        return out.toString();
    }

    /**
     * Moodle applies no escapes to a category but turns '\\' into '\' first; a '/' inside a name is
     * '//', and a name that starts or ends with '/' is padded with a space, which the reader trims.
     */
    private static String categoryName(String title) {
        String name = title.replace("\\", "\\\\").replace("/", "//");
        return (name.startsWith("/") ? " " : "") + name + (name.endsWith("/") ? " " : "");
    }

    /** A text that Moodle would take for a format prefix or an answer weight gets an explicit format first. */
    private static String guarded(String text) {
        return (text.startsWith("[") || text.startsWith("%") ? MARKDOWN : "") + escape(text);
    }

    private static String escape(String text) {
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
