package dev.quizbank.attempt.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.attempt.grading.Response;
import dev.quizbank.attempt.grading.Scoring;
import dev.quizbank.common.Decimals;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * One question's result as a review setting shows it: the response and what it earned always; under
 * {@code full} also the correct response in the field of the question's type, the feedback on what was given
 * and the explanation.
 */
final class Review {

    private Review() {
    }

    static AttemptResult.QuestionResult of(Question question, Response response, BigDecimal fraction, BigDecimal points,
            QuizSettings.Review review) {
        boolean full = review == QuizSettings.Review.FULL;
        String chosen = response instanceof Response.Choice choice ? choice.key() : null;
        Correct correct = full ? correct(question) : Correct.NONE;
        List<String> feedback = full ? feedback(question, response) : List.of();
        return new AttemptResult.QuestionResult(question.number(), chosen, given(question, response), Decimals.plain(fraction),
                Decimals.plain(points), Decimals.plain(question.points()), fraction.compareTo(BigDecimal.ONE) == 0,
                correct.choice, correct.choices, correct.value, correct.text, correct.number, correct.pairs, correct.order,
                feedback.isEmpty() ? null : feedback, full ? question.explanation() : null);
    }

    /** The correct response, in the one field of the question's type. */
    private record Correct(String choice, List<String> choices, Boolean value, String text, AttemptResult.CorrectNumber number,
            Map<String, String> pairs, List<String> order) {

        static final Correct NONE = new Correct(null, null, null, null, null, null, null);
    }

    private static Correct correct(Question question) {
        return switch (question) {
            case Question.Single q -> new Correct(q.correctChoice(), null, null, null, null, null, null);
            case Question.Multiple q -> new Correct(null, List.copyOf(q.correct()), null, null, null, null, null);
            case Question.TrueFalse q -> new Correct(null, null, q.answer(), null, null, null, null);
            case Question.ShortText q -> new Correct(null, null, null, q.answers().stream().filter(Review::full)
                    .map(Question.TextAnswer::text).findFirst().orElse(null), null, null, null);
            case Question.Numeric q -> new Correct(null, null, null, null, q.answers().stream()
                    .filter(a -> a.fraction().compareTo(BigDecimal.ONE) == 0).findFirst().map(Review::interval).orElse(null),
                    null, null);
            case Question.Matching q -> new Correct(null, null, null, null, null, new LinkedHashMap<>(q.pairs()), null);
            case Question.Ordering q -> new Correct(null, null, null, null, null, null,
                    q.items().stream().map(Question.Item::key).toList());
        };
    }

    private static boolean full(Question.TextAnswer answer) {
        return answer.fraction().compareTo(BigDecimal.ONE) == 0;
    }

    private static AttemptResult.CorrectNumber interval(NumericAnswer answer) {
        return switch (answer) {
            case NumericAnswer.Nominal n -> new AttemptResult.CorrectNumber(n.value().toPlainString(), n.tolerance().toPlainString(),
                    null, null);
            case NumericAnswer.Range r -> new AttemptResult.CorrectNumber(null, null, r.min().toPlainString(), r.max().toPlainString());
        };
    }

    /** The feedback the source states on what was given: each chosen choice's, or the answer that graded the response. */
    private static List<String> feedback(Question question, Response response) {
        List<String> feedback = new ArrayList<>();
        switch (question) {
            case Question.Single q when response instanceof Response.Choice c -> feedback.add(choice(q.choices(), c.key()));
            case Question.Multiple q when response instanceof Response.Choices c -> c.keys().forEach(k -> feedback.add(choice(q.choices(), k)));
            case Question.TrueFalse q when response instanceof Response.Value v -> feedback.add(v.value() ? q.feedbackIfTrue() : q.feedbackIfFalse());
            case Question.ShortText q when response instanceof Response.Text t -> q.answers().stream()
                    .filter(a -> matchedBy(q, a, t)).findFirst().ifPresent(a -> feedback.add(a.feedback()));
            case Question.Numeric q when response instanceof Response.Number n -> q.answers().stream()
                    .filter(a -> matchedBy(q, a, n)).findFirst().ifPresent(a -> feedback.add(a.feedback()));
            default -> {
            }
        }
        feedback.removeIf(String::isEmpty);
        return feedback;
    }

    /** Whether {@code answer} alone grades the response with its fraction: Scoring is the one place that matches texts. */
    private static boolean matchedBy(Question.ShortText question, Question.TextAnswer answer, Response.Text response) {
        Question.ShortText alone = new Question.ShortText(question.number(), question.text(),
                List.of(new Question.TextAnswer(answer.text(), BigDecimal.ONE, answer.match(), "")), question.caseSensitive(),
                question.explanation(), question.points());
        return Scoring.fraction(alone, response).signum() > 0;
    }

    private static boolean matchedBy(Question.Numeric question, NumericAnswer answer, Response.Number response) {
        NumericAnswer full = switch (answer) {
            case NumericAnswer.Nominal n -> new NumericAnswer.Nominal(n.value(), n.tolerance(), BigDecimal.ONE, "");
            case NumericAnswer.Range r -> new NumericAnswer.Range(r.min(), r.max(), BigDecimal.ONE, "");
        };
        Question.Numeric alone = new Question.Numeric(question.number(), question.text(), List.of(full), question.explanation(),
                question.points());
        return Scoring.fraction(alone, response).signum() > 0;
    }

    private static String choice(List<QuizDocument.Choice> choices, String key) {
        return choices.stream().filter(c -> c.key().equals(key)).findFirst().map(QuizDocument.Choice::feedback).orElse("");
    }

    static AttemptResult.Given given(Question question, Response response) {
        return switch (response) {
            case null -> null;
            case Response.Choice r -> new AttemptResult.Given(r.key(), null, null, null, null, null, null);
            case Response.Choices r -> new AttemptResult.Given(null, r.keys(), null, null, null, null, null);
            case Response.Value r -> new AttemptResult.Given(null, null, r.value(), null, null, null, null);
            case Response.Text r -> new AttemptResult.Given(null, null, null, r.text(), null, null, null);
            case Response.Number r -> new AttemptResult.Given(null, null, null, null, r.number().toPlainString(), null, null);
            case Response.Pairs r -> new AttemptResult.Given(null, null, null, null, null, inStemOrder(question, r), null);
            case Response.Order r -> new AttemptResult.Given(null, null, null, null, null, null, r.keys());
        };
    }

    private static Map<String, String> inStemOrder(Question question, Response.Pairs response) {
        Map<String, String> pairs = new LinkedHashMap<>();
        ((Question.Matching) question).stems().stream().filter(stem -> response.pairs().containsKey(stem.key()))
                .forEach(stem -> pairs.put(stem.key(), response.pairs().get(stem.key())));
        return pairs;
    }
}
