package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Reads what follows a question's text in the native document: the choices, answers, stems, options or items of
 * its type, each with its fraction and feedback, and the answer line with the explanation.
 */
final class NativeQuestions {

    /** A listed choice, answer or item: its match, and the fraction and feedback on the lines under it. */
    record Entry(Matcher match, int line, BigDecimal fraction, String feedback) {
    }

    private static final Pattern LIST_SEPARATOR = Pattern.compile(", ");

    private final DocumentLines lines;
    private final Places places;
    private final SourceViolations problems;

    NativeQuestions(DocumentLines lines, Places places, SourceViolations problems) {
        this.lines = lines;
        this.places = places;
        this.problems = problems;
    }

    /**
     * The entries matching {@code pattern}, one after another, each with its fraction and feedback lines; reading
     * stops past as many as a question may have, so that a flood of lines costs no more than a quiz.
     */
    List<Entry> entries(Pattern pattern, String path, int number) {
        List<Entry> entries = new ArrayList<>();
        Matcher match;
        while (!lines.atEnd() && (match = pattern.matcher(lines.current())).matches()) {
            if (entries.size() == QuizRules.MAX_CHOICES) {
                String listed = path.substring(path.lastIndexOf('.') + 1);
                throw problems.end("line " + lines.lineNumber(), "question " + number + " has more than " + QuizRules.MAX_CHOICES
                        + " " + listed + "; a question has 2 to " + QuizRules.MAX_CHOICES);
            }
            String entryPath = path + "[" + entries.size() + "]";
            int line = lines.lineNumber();
            places.line(entryPath, line);
            lines.next++;
            BigDecimal fraction = null;
            Matcher stated;
            if (!lines.atEnd() && (stated = NativeSyntax.FRACTION.matcher(lines.current())).matches()) {
                places.line(entryPath + ".fraction", lines.lineNumber());
                fraction = new BigDecimal(stated.group(1));
                lines.next++;
            }
            if (!lines.atEnd() && lines.current().startsWith(NativeSyntax.FEEDBACK_PREFIX)) {
                places.line(entryPath + ".feedback", lines.lineNumber());
            }
            entries.add(new Entry(match, line, fraction, feedback()));
        }
        return entries;
    }

    /** The lines under an entry that start with '    >', without it and the one space after it. */
    private String feedback() {
        List<String> text = new ArrayList<>();
        while (!lines.atEnd() && lines.current().startsWith(NativeSyntax.FEEDBACK_PREFIX)) {
            String line = lines.take().substring(NativeSyntax.FEEDBACK_PREFIX.length());
            if (!line.isEmpty() && line.charAt(0) != ' ') {
                throw new DocumentLines.Fault(lines.lineNumber() - 1, "a feedback line reads '    > ' and its text");
            }
            text.add(line.isEmpty() ? "" : line.substring(1));
        }
        return String.join("\n", text);
    }

    /** The choices of a single- or multiple-choice question. */
    List<QuizDocument.Choice> choices(Pattern pattern, String path, int number) {
        places.line(path + ".choices", lines.lineNumber());
        return entries(pattern, path + ".choices", number).stream()
                .map(e -> new QuizDocument.Choice(e.match().group(1), e.match().group(2), e.fraction(), e.feedback())).toList();
    }

    /** A question of any type but single, whose text has been read. */
    Question body(NativeHeading header, String path, String text) {
        int number = header.number();
        return switch (header.type()) {
            case multiple -> {
                List<QuizDocument.Choice> choices = choices(NativeSyntax.ITEM, path, number);
                Answer answer = answer(path, ".correct", number);
                if (new LinkedHashSet<>(answer.list()).size() != answer.list().size()) {
                    throw new DocumentLines.Fault(answer.line(), "question " + number + ": the answer line names each right choice once");
                }
                yield new Question.Multiple(number, text, choices, new LinkedHashSet<>(answer.list()),
                        scoring(header, Question.MultipleScoring.class, Question.MultipleScoring.allOrNothing),
                        answer.explanation(), header.points());
            }
            case trueFalse -> {
                Map<String, String> feedback = new LinkedHashMap<>();
                for (Entry entry : entries(NativeSyntax.TRUTH, path + ".feedback", number)) {
                    if (entry.fraction() != null || feedback.putIfAbsent(entry.match().group(1), entry.feedback()) != null) {
                        throw new DocumentLines.Fault(entry.line(), "question " + number
                                + " lists 'true' and 'false' once each, with feedback lines only");
                    }
                }
                Answer answer = answer(path, ".answer", number);
                if (answer.list().size() != 1 || !Set.of("true", "false").contains(answer.list().getFirst())) {
                    throw new DocumentLines.Fault(answer.line(), "question " + number + ": the answer line reads 'Answer **true**' or 'Answer **false**'");
                }
                yield new Question.TrueFalse(number, text, answer.list().getFirst().equals("true"), feedback.get("true"),
                        feedback.get("false"), answer.explanation(), header.points());
            }
            case shortText -> {
                places.line(path + ".answers", lines.lineNumber());
                List<Question.TextAnswer> answers = entries(NativeSyntax.TEXT_ANSWER, path + ".answers", number).stream()
                        .map(e -> new Question.TextAnswer(e.match().group(2), fraction(e),
                                Question.TextAnswer.Match.valueOf(e.match().group(1)), e.feedback())).toList();
                yield new Question.ShortText(number, text, answers, header.caseSensitive(), asListed(path, number),
                        header.points());
            }
            case numeric -> new Question.Numeric(number, text, numericAnswers(path, number), asListed(path, number), header.points());
            case matching -> matching(header, path, text);
            case ordering -> {
                places.line(path + ".items", lines.lineNumber());
                Map<String, Question.Item> items = new LinkedHashMap<>();
                for (Entry entry : entries(NativeSyntax.ITEM, path + ".items", number)) {
                    if (items.putIfAbsent(entry.match().group(1), item(entry, number)) != null) {
                        throw new DocumentLines.Fault(entry.line(), "question " + number + ": the key " + entry.match().group(1) + " is used twice");
                    }
                }
                Answer answer = answer(path, ".items", number);
                if (answer.list().size() != items.size() || !items.keySet().containsAll(answer.list())
                        || new LinkedHashSet<>(answer.list()).size() != items.size()) {
                    throw new DocumentLines.Fault(answer.line(), "question " + number
                            + ": the answer line names each item's key once, in the right order: 'Answer **" + String.join(", ", items.keySet()) + "**'");
                }
                yield new Question.Ordering(number, text, answer.list().stream().map(items::get).toList(),
                        scoring(header, Question.OrderingScoring.class, Question.OrderingScoring.allOrNothing),
                        answer.explanation(), header.points());
            }
            case single -> throw new IllegalArgumentException("a single-choice question is read by NativeReader");
        };
    }

    private Question matching(NativeHeading header, String path, String text) {
        int number = header.number();
        lines.expect(Pattern.compile(Pattern.quote(NativeSyntax.STEMS)), "question " + number + ": expected the line 'Stems:'");
        places.line(path + ".stems", lines.lineNumber());
        List<Question.Item> stems = entries(NativeSyntax.ITEM, path + ".stems", number).stream().map(e -> item(e, number)).toList();
        lines.expect(Pattern.compile(Pattern.quote(NativeSyntax.OPTIONS)), "question " + number + ": expected the line 'Options:'");
        places.line(path + ".options", lines.lineNumber());
        List<Question.Item> options = entries(NativeSyntax.ITEM, path + ".options", number).stream().map(e -> item(e, number)).toList();
        Answer answer = answer(path, ".pairs", number);
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : answer.list()) {
            int arrow = pair.indexOf(NativeSyntax.PAIR);
            if (arrow < 0 || pairs.putIfAbsent(pair.substring(0, arrow), pair.substring(arrow + NativeSyntax.PAIR.length())) != null) {
                throw new DocumentLines.Fault(answer.line(), "question " + number
                        + ": the answer line pairs each stem once: 'Answer **s1 -> o1, s2 -> o2**'");
            }
        }
        return new Question.Matching(number, text, stems, options, pairs,
                scoring(header, Question.MatchingScoring.class, Question.MatchingScoring.perPair), answer.explanation(), header.points());
    }

    private static Question.Item item(Entry entry, int number) {
        if (entry.fraction() != null || !entry.feedback().isEmpty()) {
            throw new DocumentLines.Fault(entry.line(), "question " + number + ": stems, options and items carry no fraction or feedback");
        }
        return new Question.Item(entry.match().group(1), entry.match().group(2));
    }

    private List<NumericAnswer> numericAnswers(String path, int number) {
        places.line(path + ".answers", lines.lineNumber());
        List<NumericAnswer> answers = new ArrayList<>();
        Pattern either = Pattern.compile(NativeSyntax.NOMINAL.pattern() + "|" + NativeSyntax.INTERVAL.pattern());
        for (Entry entry : entries(either, path + ".answers", number)) {
            Matcher m = entry.match();
            answers.add(m.group(1) != null
                    ? new NumericAnswer.Nominal(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)), fraction(entry), entry.feedback())
                    : new NumericAnswer.Range(new BigDecimal(m.group(3)), new BigDecimal(m.group(4)), fraction(entry), entry.feedback()));
        }
        return answers;
    }

    /** Where no fraction is stated, an accepted answer earns the full points. */
    private static BigDecimal fraction(Entry entry) {
        return entry.fraction() == null ? BigDecimal.ONE : entry.fraction();
    }

    private static <E extends Enum<E>> E scoring(NativeHeading header, Class<E> modes, E otherwise) {
        return header.scoring() == null ? otherwise : Enum.valueOf(modes, header.scoring());
    }

    /** The answer line: what its bold part lists, and the explanation after it. */
    record Answer(int line, List<String> list, String explanation) {
    }

    private Answer answer(String path, String part, int number) {
        lines.skipBlank();
        places.line(path + part, lines.lineNumber());
        int line = lines.lineNumber();
        places.line(path + ".explanation", line);
        Matcher answer = lines.expect(NativeSyntax.STATED_ANSWER, "question " + number + " has no answer line ('Answer **…** explanation')");
        List<String> list = answer.group(1).isEmpty() ? List.of() : Arrays.asList(LIST_SEPARATOR.split(answer.group(1), -1));
        String firstLine = answer.group(2) == null ? "" : answer.group(2);
        String rest = lines.rest(NativeSyntax::endsBlock);
        String explanation = rest.isEmpty() ? firstLine : firstLine.isEmpty() ? rest.strip() : firstLine + "\n" + rest;
        return new Answer(line, list, explanation);
    }

    private String asListed(String path, int number) {
        Answer answer = answer(path, ".explanation", number);
        if (!answer.list().equals(List.of(NativeSyntax.AS_LISTED))) {
            throw new DocumentLines.Fault(answer.line(), "question " + number + ": the answers are listed above its answer line,"
                    + " which reads 'Answer **" + NativeSyntax.AS_LISTED + "**' and the explanation");
        }
        return answer.explanation();
    }
}
