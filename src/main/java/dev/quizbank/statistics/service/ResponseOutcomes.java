package dev.quizbank.statistics.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.quizbank.attempt.grading.Response;
import dev.quizbank.attempt.grading.Scoring;
import dev.quizbank.attempt.service.CompactResponses;
import dev.quizbank.attempt.service.GivenQuestions;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.statistics.Outcome;
import dev.quizbank.statistics.StatisticsAccumulator;

/**
 * Turns stored attempt rows into outcomes for the accumulator: each question's response is graded with
 * {@link Scoring} once per distinct stored bytes and then only looked up, which keeps a scan of a million
 * attempts to a hash look-up per question. The look-up tables hold the accumulator's tracked outcomes only,
 * so they are bounded as it is.
 */
final class ResponseOutcomes {

    private final List<Question> questions;
    private final StatisticsAccumulator accumulator;
    /** Single-choice questions by choice byte. */
    private final Outcome[][] singles;
    private final List<Map<Span, Outcome>> seen = new ArrayList<>();
    private final Outcome[] row;

    ResponseOutcomes(QuizDocument content, StatisticsAccumulator accumulator) {
        this.questions = content.questions();
        this.accumulator = accumulator;
        singles = new Outcome[questions.size()][];
        row = new Outcome[questions.size()];
        for (Question question : questions) {
            if (question instanceof Question.Single q) {
                singles[seen.size()] = new Outcome[q.choices().size() + 1];
            }
            seen.add(new HashMap<>());
        }
    }

    /** Adds one stored attempt: its {@code choices}, {@code responses} and {@code given} columns. */
    void add(byte[] choices, byte[] responses, byte[] given) {
        int at = 0;
        for (int i = 0; i < row.length; i++) {
            Question question = questions.get(i);
            if (!GivenQuestions.has(given, i)) {
                // Not drawn for this attempt: no outcome, only the bytes of an unanswered response to step over.
                row[i] = null;
                at += CompactResponses.length(question, responses, at);
                continue;
            }
            if (question instanceof Question.Single) {
                Outcome outcome = singles[i][choices[i]];
                if (outcome == null) {
                    outcome = grade(i, CompactResponses.readOne(question, choices[i], responses, at));
                    singles[i][choices[i]] = outcome.tracked() ? outcome : null;
                }
                row[i] = outcome;
                continue;
            }
            int length = CompactResponses.length(question, responses, at);
            Span span = new Span(Arrays.copyOfRange(responses, at, at + length));
            Outcome outcome = seen.get(i).get(span);
            if (outcome == null) {
                outcome = grade(i, CompactResponses.readOne(question, choices[i], responses, at));
                if (outcome.tracked()) {
                    seen.get(i).put(span, outcome);
                }
            }
            row[i] = outcome;
            at += length;
        }
        accumulator.add(row);
    }

    private Outcome grade(int index, Response response) {
        Question question = questions.get(index);
        return accumulator.outcome(index, Scoring.fraction(question, response), marks(question, response),
                switch (response) {
                    case Response.Text t -> Scoring.normalised(t.text());
                    case Response.Number n -> n.number().stripTrailingZeros().toPlainString();
                    case null, default -> null;
                });
    }

    /** The keys a response marks: the choices taken, or the stems and items placed correctly. */
    private static int[] marks(Question question, Response response) {
        return switch (response) {
            case null -> new int[0];
            case Response.Choice c -> new int[] {keys(question).indexOf(c.key())};
            case Response.Choices c -> c.keys().stream().mapToInt(keys(question)::indexOf).distinct().toArray();
            case Response.Value v -> new int[] {v.value() ? 0 : 1};
            case Response.Pairs p -> {
                Question.Matching q = (Question.Matching) question;
                yield IntStream.range(0, q.stems().size())
                        .filter(s -> q.pairs().get(q.stems().get(s).key()).equals(p.pairs().get(q.stems().get(s).key())))
                        .toArray();
            }
            case Response.Order o -> {
                Question.Ordering q = (Question.Ordering) question;
                yield IntStream.range(0, q.items().size())
                        .filter(k -> q.items().get(k).key().equals(o.keys().get(k))).toArray();
            }
            case Response.Text _, Response.Number _ -> new int[0];
        };
    }

    private static List<String> keys(Question question) {
        return switch (question) {
            case Question.Single q -> q.choices().stream().map(QuizDocument.Choice::key).toList();
            case Question.Multiple q -> q.choices().stream().map(QuizDocument.Choice::key).toList();
            default -> List.of();
        };
    }

    /** Stored bytes compared by content. */
    private record Span(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Span span && Arrays.equals(bytes, span.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return Arrays.toString(bytes);
        }
    }
}
