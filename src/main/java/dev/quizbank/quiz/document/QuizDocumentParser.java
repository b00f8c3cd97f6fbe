package dev.quizbank.quiz.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the textbook quiz format (see {@code src/main/resources/quizzes/chapter-20.txt}).
 * Texts are taken verbatim: only line breaks are normalised to {@code \n}, and the blank lines
 * around a block are not part of it.
 */
public final class QuizDocumentParser {

    private static final Pattern CHAPTER = Pattern.compile("Chapter (\\d{1,6}): Quiz");
    private static final Pattern QUESTION = Pattern.compile("Question (\\d{1,6})");
    private static final Pattern CHOICE = Pattern.compile("\\s*[•*-] ([A-Z])\\) (.*)");
    private static final Pattern ANSWER = Pattern.compile("Answer \\*\\*([A-Z])\\)(.*?)\\*\\*(?: (.*))?");
    private static final String SCORING_GUIDE = "Scoring Guide";
    private static final Pattern PLAIN_HEADER = Pattern.compile("Score\\s+Level\\s+Recommendation");
    private static final Pattern PLAIN_BAND = Pattern.compile("(\\d{1,6})-(\\d{1,6}) (.+)");
    private static final Pattern TABLE_HEADER = Pattern.compile("\\|\\s*Score\\s*\\|\\s*Level\\s*\\|\\s*Recommendation\\s*\\|");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|[\\s:|-]*-[\\s:|-]*\\|");
    private static final Pattern TABLE_BAND = Pattern.compile("\\|\\s*(\\d{1,6})\\s*-\\s*(\\d{1,6})\\s*\\|(.*)\\|(.*)\\|");

    private final List<String> lines;
    private int next;

    private QuizDocumentParser(String source) {
        this.lines = List.of(source.replace("\r\n", "\n").split("\n", -1));
    }

    public static QuizDocument parse(String source) {
        return new QuizDocumentParser(source).document();
    }

    private QuizDocument document() {
        skipBlank();
        Matcher chapter = expect(CHAPTER, "expected the header 'Chapter N: Quiz'");
        int chapterNumber = Integer.parseInt(chapter.group(1));
        skipBlank();
        if (atEnd() || QUESTION.matcher(current()).matches()) {
            throw fault("expected the quiz title");
        }
        String title = lines.get(next++);
        String description = block(line -> QUESTION.matcher(line).matches() || line.equals(SCORING_GUIDE));

        List<QuizDocument.Question> questions = new ArrayList<>();
        skipBlank();
        while (!atEnd() && !current().equals(SCORING_GUIDE)) {
            questions.add(question(questions.size() + 1));
            skipBlank();
        }
        if (questions.isEmpty()) {
            throw fault("expected 'Question 1'");
        }
        List<QuizDocument.Band> bands = scoringGuide(questions.size());
        return new QuizDocument(chapterNumber, title, description, questions, bands);
    }

    private QuizDocument.Question question(int expectedNumber) {
        Matcher header = expect(QUESTION, "expected 'Question " + expectedNumber + "'");
        int number = Integer.parseInt(header.group(1));
        if (number != expectedNumber) {
            throw fault(next - 1, "expected 'Question " + expectedNumber + "' but found 'Question " + number
                    + "': questions must be numbered 1..N in order");
        }
        int headerIndex = next - 1;
        String text = block(line -> CHOICE.matcher(line).matches() || ANSWER.matcher(line).matches()
                || QUESTION.matcher(line).matches() || line.equals(SCORING_GUIDE));
        if (text.isBlank()) {
            throw fault(headerIndex, "question " + number + " has no text");
        }

        List<QuizDocument.Choice> choices = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Matcher choice;
        while (!atEnd() && (choice = CHOICE.matcher(current())).matches()) {
            if (!keys.add(choice.group(1))) {
                throw fault("question " + number + " has choice " + choice.group(1) + ") twice");
            }
            choices.add(new QuizDocument.Choice(choice.group(1), choice.group(2)));
            next++;
        }
        if (choices.size() < 2) {
            throw fault("question " + number + " needs at least two choices ('• A) …')");
        }

        skipBlank();
        if (atEnd() || !current().startsWith("Answer ")) {
            throw fault("question " + number + " has no answer line ('Answer **X) …** explanation')");
        }
        Matcher answer = expect(ANSWER, "question " + number
                + ": the answer line must read 'Answer **X) …** explanation'");
        String key = answer.group(1);
        if (!keys.contains(key)) {
            throw fault(next - 1, "question " + number + ": the answer " + key + ") is not one of its choices "
                    + String.join(", ", keys.stream().sorted().toList()));
        }
        String firstLine = answer.group(3) == null ? "" : answer.group(3);
        String rest = block(line -> QUESTION.matcher(line).matches() || line.equals(SCORING_GUIDE));
        String explanation = rest.isEmpty() ? firstLine : firstLine + "\n" + rest;
        return new QuizDocument.Question(number, text, choices, key, explanation);
    }

    private List<QuizDocument.Band> scoringGuide(int maxScore) {
        if (atEnd()) {
            throw fault("expected 'Scoring Guide' after the last question");
        }
        next++;
        skipBlank();
        boolean table = !atEnd() && TABLE_HEADER.matcher(current()).matches();
        if (table) {
            next++;
            expect(TABLE_RULE, "expected the table's separator row '|---|---|---|'");
        } else {
            expect(PLAIN_HEADER, "expected the header 'Score Level Recommendation'");
        }

        List<QuizDocument.Band> bands = new ArrayList<>();
        List<Integer> bandIndexes = new ArrayList<>();
        skipBlank();
        while (!atEnd()) {
            bandIndexes.add(next);
            bands.add(table ? tableBand() : plainBand());
            skipBlank();
        }
        if (bands.isEmpty()) {
            throw fault("the scoring guide has no levels");
        }
        checkCoverage(bands, bandIndexes, maxScore);
        return bands;
    }

    private QuizDocument.Band tableBand() {
        Matcher row = expect(TABLE_BAND, "expected a row '| min-max | Level | Recommendation |'");
        String level = row.group(3).strip();
        if (level.isEmpty()) {
            throw fault(next - 1, "the level name is empty");
        }
        return band(row.group(1), row.group(2), level, row.group(4).strip());
    }

    /**
     * In the plain form single spaces separate the columns, so the level is the run of capitalised
     * words before the recommendation, whose first word is the last capitalised one of that run.
     */
    private QuizDocument.Band plainBand() {
        Matcher row = expect(PLAIN_BAND, "expected a row 'min-max Level Recommendation'");
        String rest = row.group(3);
        String[] words = rest.split(" ", -1);
        int capitalised = 0;
        while (capitalised < words.length && !words[capitalised].isEmpty()
                && Character.isUpperCase(words[capitalised].codePointAt(0))) {
            capitalised++;
        }
        if (capitalised == words.length || capitalised == 0) {
            throw fault(next - 1, "cannot tell the level from the recommendation; use the Markdown table form"
                    + " '| min-max | Level | Recommendation |'");
        }
        int levelWords = capitalised == 1 ? 1 : capitalised - 1;
        String level = String.join(" ", List.of(words).subList(0, levelWords));
        return band(row.group(1), row.group(2), level, rest.substring(level.length() + 1));
    }

    private QuizDocument.Band band(String min, String max, String level, String recommendation) {
        int minScore = Integer.parseInt(min);
        int maxScore = Integer.parseInt(max);
        if (minScore > maxScore) {
            throw fault(next - 1, "the band " + min + "-" + max + " runs backwards");
        }
        return new QuizDocument.Band(minScore, maxScore, level, recommendation);
    }

    private void checkCoverage(List<QuizDocument.Band> bands, List<Integer> bandIndexes, int maxScore) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> bands.get(i).minScore()));
        int expectedMin = 0;
        for (int i : order) {
            QuizDocument.Band band = bands.get(i);
            if (band.minScore() > expectedMin) {
                throw fault(bandIndexes.get(i), "the scoring guide has a gap: no level covers "
                        + range(expectedMin, band.minScore() - 1));
            }
            if (band.minScore() < expectedMin) {
                throw fault(bandIndexes.get(i), "the band " + range(band.minScore(), band.maxScore())
                        + " overlaps another band");
            }
            expectedMin = band.maxScore() + 1;
        }
        int last = order.get(order.size() - 1);
        if (expectedMin - 1 != maxScore) {
            throw fault(bandIndexes.get(last), "the scoring guide must end at the maximum score " + maxScore
                    + " (one point per question) but ends at " + (expectedMin - 1));
        }
    }

    private static String range(int from, int to) {
        return from == to ? "score " + from : "scores " + from + "-" + to;
    }

    /** The lines up to the next one that {@code ends} accepts, without blank lines at either end. */
    private String block(Predicate<String> ends) {
        skipBlank();
        int start = next;
        while (!atEnd() && !ends.test(current())) {
            next++;
        }
        int end = next;
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        return String.join("\n", lines.subList(start, end));
    }

    private Matcher expect(Pattern pattern, String problem) {
        if (atEnd()) {
            throw fault(problem + ", but the document ends");
        }
        Matcher matcher = pattern.matcher(current());
        if (!matcher.matches()) {
            throw fault(problem);
        }
        next++;
        return matcher;
    }

    private void skipBlank() {
        while (!atEnd() && current().isBlank()) {
            next++;
        }
    }

    private boolean atEnd() {
        return next >= lines.size();
    }

    private String current() {
        return lines.get(next);
    }

    /** At the end of the document the fault is reported on its last line. */
    private QuizDocumentException fault(String problem) {
        return fault(Math.min(next, lines.size() - 1), problem);
    }

    private static QuizDocumentException fault(int index, String problem) {
        return new QuizDocumentException(index + 1, problem);
    }
}
