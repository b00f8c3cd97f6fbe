package dev.quizbank.quiz.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Reads the native document ({@code text/markdown}): the textbook quiz format of
 * {@code src/main/resources/quizzes/chapter-20.txt}, with an optional front matter block for the id
 * and the settings. Texts are taken verbatim: only line breaks are normalised to {@code \n}.
 */
final class NativeReader {

    private static final Pattern CHAPTER = Pattern.compile("Chapter (\\d{1,6}): Quiz");

    private final DocumentLines lines;
    private final Places places = Places.lines();
    private final SourceViolations problems = new SourceViolations();
    private final Set<Integer> unreadQuestions = new HashSet<>();

    private NativeReader(String source) {
        this.lines = new DocumentLines(source);
    }

    /** Reads {@code source} into a draft with its places and the problems that kept parts of it from being read. */
    static ParsedSource read(String source) {
        NativeReader reader = new NativeReader(source);
        String id = null;
        QuizSettings settings = null;
        QuizDocument document = null;
        try {
            NativeFrontMatter front = NativeFrontMatter.read(reader.lines, reader.places);
            id = front.id();
            settings = front.settings(reader.problems, reader.places);
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

    private QuizDocument document() {
        lines.skipBlank();
        Matcher chapter = lines.expect(CHAPTER, "expected the header 'Chapter N: Quiz'");
        int chapterNumber = Integer.parseInt(chapter.group(1));
        lines.skipBlank();
        if (lines.atEnd() || NativeSyntax.endsBlock(lines.current())) {
            throw lines.fault("expected the quiz title");
        }
        places.line("title", lines.lineNumber());
        String title = lines.take();
        lines.skipBlank();
        places.line("description", lines.lineNumber());
        String description = lines.block(NativeSyntax::endsBlock);

        List<Question> questions = new ArrayList<>();
        lines.skipBlank();
        places.line("questions", lines.lineNumber());
        while (!lines.atEnd() && !lines.current().equals(NativeSyntax.SCORING_GUIDE)) {
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
        return new QuizDocument(chapterNumber, title, description, questions, NativeScoringGuide.read(lines, places, problems));
    }

    /**
     * Carries on after a question that could not be read, at the next 'Question N' or the scoring
     * guide, so that every problem of the document is reported at once. The broken question keeps
     * its number and place, and no rule is checked on it.
     */
    private void skipBrokenQuestion(int start, List<Question> questions) {
        Matcher header = NativeSyntax.QUESTION.matcher(lines.at(start));
        if (!header.matches()) {
            header = NativeSyntax.TYPED_QUESTION.matcher(lines.at(start));
        }
        if (header.matches()) {
            unreadQuestions.add(questions.size());
            questions.add(new Question.Single(Integer.parseInt(header.group(1)), "", List.of(), null, ""));
        }
        lines.next = Math.max(lines.next, start + 1);
        while (!lines.atEnd() && !NativeSyntax.endsBlock(lines.current())) {
            lines.next++;
        }
    }

    private Question question(String path) {
        places.line(path, lines.lineNumber());
        int headerLine = lines.lineNumber();
        Matcher typed = lines.atEnd() ? null : NativeSyntax.TYPED_QUESTION.matcher(lines.current());
        NativeHeading header;
        if (typed != null && typed.matches()) {
            lines.next++;
            header = NativeHeading.read(typed, headerLine);
        } else {
            Matcher plain = lines.expect(NativeSyntax.QUESTION, "expected 'Question N'");
            header = NativeHeading.plain(Integer.parseInt(plain.group(1)));
        }
        places.line(path + ".points", headerLine);
        places.line(path + ".scoring", headerLine);
        int number = header.number();
        lines.skipBlank();
        int textLine = lines.lineNumber();
        String text = lines.block(line -> NativeSyntax.endsQuestionText(header.type(), line));
        if (!text.isEmpty()) {
            places.line(path + ".text", textLine);
        }
        NativeQuestions body = new NativeQuestions(lines, places, problems);
        if (header.type() != Question.Type.single) {
            return body.body(header, path, text);
        }

        List<QuizDocument.Choice> choices = body.choices(NativeSyntax.CHOICE, path, number);
        lines.skipBlank();
        if (lines.atEnd() || !lines.current().startsWith("Answer ")) {
            throw lines.fault("question " + number + " has no answer line ('Answer **X) …** explanation')");
        }
        places.line(path + ".answer", lines.lineNumber());
        String answerLine = lines.current();
        Matcher answer = lines.expect(NativeSyntax.ANSWER, "question " + number + ": the answer line must read 'Answer **X) …** explanation'");
        String firstLine = answer.group(3) == null ? "" : answer.group(3);
        // The answer restates its choice, which may itself hold '**': where it does so word for word, the rest is the explanation.
        String restated = choices.stream().filter(c -> c.key().equals(answer.group(1))).findFirst()
                .map(c -> "Answer **" + c.key() + ") " + c.text() + "** ").orElse(null);
        if (restated != null && answerLine.startsWith(restated)) {
            firstLine = answerLine.substring(restated.length());
        }
        String rest = lines.rest(NativeSyntax::endsBlock);
        String explanation = rest.isEmpty() ? firstLine : firstLine.isEmpty() ? rest.strip() : firstLine + "\n" + rest;
        return new Question.Single(number, text, choices, answer.group(1), explanation, header.points());
    }
}
