package dev.quizbank.quiz.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.quizbank.common.Echo;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * The native document ({@code text/markdown}): the textbook quiz format of
 * {@code src/main/resources/quizzes/chapter-20.txt}, with an optional front matter block for the id
 * and the settings. Texts are taken verbatim: only line breaks are normalised to {@code \n}.
 */
public final class NativeFormat {

    public static final String MEDIA_TYPE = "text/markdown";

    private static final String FENCE = "---";
    private static final String KEYS = "id, review, anonymous, maxAttempts, " + OwnersEntry.KEY;
    // Lines are already split at line feeds: DOTALL lets any other separator stand as a character,
    // and every pattern here runs in time linear in its line, whatever an author sends.
    private static final Pattern FRONT_MATTER_ENTRY = Pattern.compile("([A-Za-z]+):(.*)", Pattern.DOTALL);
    private static final Pattern CHAPTER = Pattern.compile("Chapter (\\d{1,6}): Quiz");
    private static final Pattern QUESTION = Pattern.compile("Question (\\d{1,6})");
    private static final Pattern CHOICE = Pattern.compile("\\s*[•*-] ([A-Z])\\) (.*)", Pattern.DOTALL);
    private static final Pattern ANSWER = Pattern.compile("Answer \\*\\*([A-Z])\\)(.*?)\\*\\*(?: (.*))?", Pattern.DOTALL);
    private static final String SCORING_GUIDE = "Scoring Guide";
    private static final Pattern PLAIN_HEADER = Pattern.compile("Score\\s+Level\\s+Recommendation");
    private static final Pattern PLAIN_BAND = Pattern.compile("(\\d{1,6})-(\\d{1,6}) (.+)", Pattern.DOTALL);
    private static final Pattern TABLE_HEADER = Pattern.compile("\\|\\s*Score\\s*\\|\\s*Level\\s*\\|\\s*Recommendation\\s*\\|");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|[ \\t:|-]*+");
    /** The score range of a table row; its two cells are split by hand, a '|' of a text written '\\|'. */
    private static final Pattern TABLE_BAND = Pattern.compile("\\|\\s*(\\d{1,6})\\s*-\\s*(\\d{1,6})\\s*\\|(.*)", Pattern.DOTALL);

    private final DocumentLines lines;
    private final Places places = Places.lines();
    private final SourceViolations problems = new SourceViolations();
    private final Set<Integer> unreadQuestions = new HashSet<>();

    private NativeFormat(String source) {
        this.lines = new DocumentLines(source);
    }

    /** Whether a line of a question's text would end it in this format. */
    static boolean endsQuestionText(String line) {
        return endsBlock(line) || CHOICE.matcher(line).matches() || ANSWER.matcher(line).matches();
    }

    /** Whether a line of a description or explanation would end it in this format. */
    static boolean endsBlock(String line) {
        return QUESTION.matcher(line).matches() || line.equals(SCORING_GUIDE);
    }

    public static ParsedSource read(String source) {
        NativeFormat reader = new NativeFormat(source);
        String id = null;
        QuizSettings settings = null;
        QuizDocument document = null;
        try {
            FrontMatter front = reader.frontMatter();
            id = front.id;
            settings = front.settings();
            document = reader.document();
        } catch (DocumentLines.Fault fault) {
            reader.add(fault);
        } catch (SourceViolations.Stop stop) {
            // Reading ended at a limit; what was found so far is the answer.
        }
        return new ParsedSource(new QuizSource(id, settings, document), reader.places, reader.problems, reader.unreadQuestions);
    }

    private void add(DocumentLines.Fault fault) {
        problems.add("line " + fault.line, fault.getMessage());
    }

    private static final class FrontMatter {
        String id;
        QuizSettings.Review review = QuizSettings.Review.FULL;
        boolean anonymous = true;
        Integer maxAttempts;
        int maxAttemptsLine;
        List<String> owners = List.of();
        boolean stated;

        /** Null when the document states no setting. */
        QuizSettings settings() {
            if (!stated) {
                return null;
            }
            if (maxAttempts != null && anonymous) {
                throw new DocumentLines.Fault(maxAttemptsLine, "maxAttempts needs 'anonymous: false'");
            }
            return new QuizSettings(review, anonymous, maxAttempts, owners);
        }
    }

    private FrontMatter frontMatter() {
        FrontMatter front = new FrontMatter();
        lines.skipBlank();
        if (lines.atEnd() || !lines.current().equals(FENCE)) {
            return front;
        }
        lines.next++;
        while (!lines.atEnd() && !lines.current().equals(FENCE)) {
            int line = lines.lineNumber();
            Matcher entry = FRONT_MATTER_ENTRY.matcher(lines.take());
            if (!entry.matches()) {
                throw new DocumentLines.Fault(line, "expected 'key: value' in the front matter (" + KEYS + ")");
            }
            String value = entry.group(2).strip();
            front.stated |= !entry.group(1).equals("id");
            switch (entry.group(1)) {
                case "id" -> {
                    front.id = value;
                    places.line("id", line);
                }
                case "review" -> front.review = switch (value) {
                    case "full", "correctness", "score" -> QuizSettings.Review.of(value);
                    default -> throw new DocumentLines.Fault(line, "review is one of full, correctness, score");
                };
                case "anonymous" -> front.anonymous = switch (value) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new DocumentLines.Fault(line, "anonymous is true or false");
                };
                case "maxAttempts" -> {
                    front.maxAttemptsLine = line;
                    front.maxAttempts = maxAttempts(value, line);
                }
                case OwnersEntry.KEY -> {
                    front.owners = OwnersEntry.read(value, line);
                    places.line("settings.owners", line);
                }
                default -> throw new DocumentLines.Fault(line, "unknown front matter key " + Echo.quoted(entry.group(1)) + " (" + KEYS + ")");
            }
        }
        lines.expect(Pattern.compile(FENCE), "expected '---' to close the front matter");
        return front;
    }

    private static Integer maxAttempts(String value, int line) {
        if (value.equals("unlimited")) {
            return null;
        }
        // Any whole number a JSON document may state (up to 2,147,483,647), so every format reads back what it wrote.
        if (!value.matches("[1-9][0-9]{0,9}") || Long.parseLong(value) > Integer.MAX_VALUE) {
            throw new DocumentLines.Fault(line, "maxAttempts is a whole number from 1, or unlimited");
        }
        return Integer.valueOf(value);
    }

    private QuizDocument document() {
        lines.skipBlank();
        Matcher chapter = lines.expect(CHAPTER, "expected the header 'Chapter N: Quiz'");
        int chapterNumber = Integer.parseInt(chapter.group(1));
        lines.skipBlank();
        if (lines.atEnd() || endsBlock(lines.current())) {
            throw lines.fault("expected the quiz title");
        }
        places.line("title", lines.lineNumber());
        String title = lines.take();
        lines.skipBlank();
        places.line("description", lines.lineNumber());
        String description = lines.block(NativeFormat::endsBlock);

        List<QuizDocument.Question> questions = new ArrayList<>();
        lines.skipBlank();
        places.line("questions", lines.lineNumber());
        while (!lines.atEnd() && !lines.current().equals(SCORING_GUIDE)) {
            int start = lines.next;
            if (questions.size() == QuizRules.MAX_QUESTIONS) {
                throw problems.end("line " + lines.lineNumber(), "a quiz has 1 to " + QuizRules.MAX_QUESTIONS
                        + " questions, this one more");
            }
            try {
                questions.add(question("questions[" + questions.size() + "]"));
            } catch (DocumentLines.Fault fault) {
                add(fault);
                skipBrokenQuestion(start, questions);
            }
            lines.skipBlank();
        }
        return new QuizDocument(chapterNumber, title, description, questions, scoringGuide());
    }

    /**
     * Carries on after a question that could not be read, at the next 'Question N' or the scoring
     * guide, so that every problem of the document is reported at once. The broken question keeps
     * its number and place, and no rule is checked on it.
     */
    private void skipBrokenQuestion(int start, List<QuizDocument.Question> questions) {
        Matcher header = QUESTION.matcher(lines.at(start));
        if (header.matches()) {
            unreadQuestions.add(questions.size());
            questions.add(new QuizDocument.Question(Integer.parseInt(header.group(1)), "", List.of(), null, ""));
        }
        lines.next = Math.max(lines.next, start + 1);
        while (!lines.atEnd() && !endsBlock(lines.current())) {
            lines.next++;
        }
    }

    private QuizDocument.Question question(String path) {
        places.line(path, lines.lineNumber());
        Matcher header = lines.expect(QUESTION, "expected 'Question N'");
        int number = Integer.parseInt(header.group(1));
        lines.skipBlank();
        int textLine = lines.lineNumber();
        String text = lines.block(NativeFormat::endsQuestionText);
        if (!text.isEmpty()) {
            places.line(path + ".text", textLine);
        }

        List<QuizDocument.Choice> choices = new ArrayList<>();
        places.line(path + ".choices", lines.lineNumber());
        Matcher choice;
        while (!lines.atEnd() && (choice = CHOICE.matcher(lines.current())).matches()) {
            if (choices.size() == QuizRules.MAX_CHOICES) {
                throw problems.end("line " + lines.lineNumber(), "question " + number + " has more than "
                        + QuizRules.MAX_CHOICES + " choices; a question has 2 to " + QuizRules.MAX_CHOICES);
            }
            places.line(path + ".choices[" + choices.size() + "]", lines.lineNumber());
            choices.add(new QuizDocument.Choice(choice.group(1), choice.group(2)));
            lines.next++;
        }
        lines.skipBlank();
        if (lines.atEnd() || !lines.current().startsWith("Answer ")) {
            throw lines.fault("question " + number + " has no answer line ('Answer **X) …** explanation')");
        }
        places.line(path + ".answer", lines.lineNumber());
        String answerLine = lines.current();
        Matcher answer = lines.expect(ANSWER, "question " + number + ": the answer line must read 'Answer **X) …** explanation'");
        String firstLine = answer.group(3) == null ? "" : answer.group(3);
        // The answer restates its choice, which may itself hold '**': where it does so word for word, the rest is the explanation.
        String restated = choices.stream().filter(c -> c.key().equals(answer.group(1))).findFirst()
                .map(c -> "Answer **" + c.key() + ") " + c.text() + "** ").orElse(null);
        if (restated != null && answerLine.startsWith(restated)) {
            firstLine = answerLine.substring(restated.length());
        }
        String rest = lines.rest(NativeFormat::endsBlock);
        String explanation = rest.isEmpty() ? firstLine : firstLine.isEmpty() ? rest.strip() : firstLine + "\n" + rest;
        return new QuizDocument.Question(number, text, choices, answer.group(1), explanation);
    }

    private List<QuizDocument.Band> scoringGuide() {
        List<QuizDocument.Band> bands = new ArrayList<>();
        if (lines.atEnd()) {
            return bands;
        }
        places.line("scoringGuide", lines.lineNumber());
        lines.next++;
        lines.skipBlank();
        boolean table = !lines.atEnd() && TABLE_HEADER.matcher(lines.current()).matches();
        if (table) {
            lines.next++;
            Matcher rule = lines.expect(TABLE_RULE, "expected the table's separator row '|---|---|---|'");
            if (rule.group().indexOf('-') < 0 || !rule.group().endsWith("|")) {
                throw new DocumentLines.Fault(lines.next, "expected the table's separator row '|---|---|---|'");
            }
        } else {
            lines.expect(PLAIN_HEADER, "expected the header 'Score Level Recommendation' or a Markdown table");
        }
        lines.skipBlank();
        while (!lines.atEnd()) {
            if (bands.size() > QuizRules.MAX_QUESTIONS) {
                throw problems.end("line " + lines.lineNumber(), "a scoring guide has at most " + (QuizRules.MAX_QUESTIONS + 1)
                        + " levels, one per score");
            }
            places.line("scoringGuide[" + bands.size() + "]", lines.lineNumber());
            bands.add(table ? tableBand() : plainBand());
            lines.skipBlank();
        }
        if (bands.isEmpty()) {
            throw lines.fault("the scoring guide has no levels");
        }
        return bands;
    }

    private QuizDocument.Band tableBand() {
        String problem = "expected a row '| min-max | Level | Recommendation |' (a '|' in a text as '\\|')";
        Matcher row = lines.expect(TABLE_BAND, problem);
        List<String> cells = cells(row.group(3));
        if (cells.size() != 2) {
            throw new DocumentLines.Fault(lines.next, problem);
        }
        return band(row.group(1), row.group(2), unescapeCell(cells.get(0).strip()), unescapeCell(cells.get(1).strip()));
    }

    /** The cells before each unescaped '|'; none when anything but white space follows the last. */
    private static List<String> cells(String rest) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '|' && (i == 0 || rest.charAt(i - 1) != '\\')) {
                cells.add(rest.substring(start, i));
                start = i + 1;
            }
        }
        return rest.substring(start).isBlank() ? cells : List.of();
    }

    /**
     * In the plain form single spaces separate the columns, so the level is the run of capitalised
     * words before the recommendation, whose first word is the last capitalised one of that run.
     */
    private QuizDocument.Band plainBand() {
        Matcher row = lines.expect(PLAIN_BAND, "expected a row 'min-max Level Recommendation'");
        String rest = row.group(3);
        String[] words = rest.split(" ", -1);
        int capitalised = 0;
        while (capitalised < words.length && !words[capitalised].isEmpty()
                && Character.isUpperCase(words[capitalised].codePointAt(0))) {
            capitalised++;
        }
        if (capitalised == words.length || capitalised == 0) {
            throw new DocumentLines.Fault(lines.next, "cannot tell the level from the recommendation; use the Markdown table form"
                    + " '| min-max | Level | Recommendation |'");
        }
        int levelWords = capitalised == 1 ? 1 : capitalised - 1;
        String level = String.join(" ", List.of(words).subList(0, levelWords));
        return band(row.group(1), row.group(2), level, rest.substring(level.length() + 1));
    }

    private static QuizDocument.Band band(String min, String max, String level, String recommendation) {
        return new QuizDocument.Band(Integer.parseInt(min), Integer.parseInt(max), level, recommendation);
    }

    /** A table cell carries '|' as '\|' (as GitHub's tables do); every other character stands for itself. */
    private static String unescapeCell(String cell) {
        return cell.replace("\\|", "|");
    }

    private static String escapeCell(String text) {
        return text.replace("|", "\\|");
    }

    /** The canonical native document of {@code source}; reading it back gives {@code source} again. */
    public static String write(QuizSource source) {
        QuizDocument document = source.document();
        QuizSettings settings = source.settings();
        StringBuilder out = new StringBuilder();
        if (source.id() != null || settings != null) {
            out.append(FENCE).append('\n');
            if (source.id() != null) {
                out.append("id: ").append(source.id()).append('\n');
            }
            if (settings != null) {
                out.append("review: ").append(settings.review().value()).append('\n');
                out.append("anonymous: ").append(settings.anonymous()).append('\n');
                out.append("maxAttempts: ").append(settings.maxAttempts() == null ? "unlimited" : settings.maxAttempts()).append('\n');
                // Only where there are any, so that the exports of quizzes without further owners stay as they were.
                if (!settings.owners().isEmpty()) {
                    out.append(OwnersEntry.KEY).append(": ").append(OwnersEntry.write(settings.owners())).append('\n');
                }
            }
            out.append(FENCE).append("\n\n");
        }
        out.append("Chapter ").append(document.chapter()).append(": Quiz\n\n");
        out.append(document.title()).append("\n\n");
        if (!document.description().isEmpty()) {
            out.append(document.description()).append("\n\n");
        }
        for (QuizDocument.Question question : document.questions()) {
            out.append("\nQuestion ").append(question.number()).append("\n\n");
            out.append(question.text()).append("\n\n");
            String answerText = "";
            for (QuizDocument.Choice choice : question.choices()) {
                out.append("  • ").append(choice.key()).append(") ").append(choice.text()).append('\n');
                if (choice.key().equals(question.correctChoice())) {
                    answerText = choice.text();
                }
            }
            out.append("Answer **").append(question.correctChoice()).append(") ").append(answerText).append("** ")
                    .append(question.explanation()).append('\n');
        }
        if (!document.scoringGuide().isEmpty()) {
            out.append("\nScoring Guide\n\n| Score | Level | Recommendation |\n|---|---|---|\n");
            for (QuizDocument.Band band : document.scoringGuide()) {
                out.append("| ").append(band.minScore()).append('-').append(band.maxScore()).append(" | ")
                        .append(escapeCell(band.level())).append(" | ").append(escapeCell(band.recommendation())).append(" |\n");
            }
        }
        return out.toString();
    }
}
