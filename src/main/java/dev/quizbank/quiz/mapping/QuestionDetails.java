package dev.quizbank.quiz.mapping;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;

/**
 * The {@code question.details} column: what a question of a type other than single-choice states beyond
 * its text, points and choices, as JSON in the field names of the JSON source. Decimals are strings, so
 * that they come back with the digits they were published with.
 */
final class QuestionDetails {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .withConfigOverride(BigDecimal.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    record MultipleKey(List<String> correct, Question.MultipleScoring scoring) {
    }

    record TrueFalseKey(boolean answer, String feedbackIfTrue, String feedbackIfFalse) {
    }

    record ShortTextKey(List<Question.TextAnswer> answers, boolean caseSensitive) {
    }

    /** A nominal answer has a value and tolerance, a range a min and max. */
    record NumericKey(BigDecimal value, BigDecimal tolerance, BigDecimal min, BigDecimal max, BigDecimal fraction,
            String feedback) {
    }

    record NumericKeys(List<NumericKey> answers) {
    }

    record MatchingKey(List<Question.Item> stems, List<Question.Item> options, LinkedHashMap<String, String> pairs,
            Question.MatchingScoring scoring) {
    }

    record OrderingKey(List<Question.Item> items, Question.OrderingScoring scoring) {
    }

    private QuestionDetails() {
    }

    /** The details of {@code question}; null for a single-choice question, whose key is its correct choice. */
    static String of(Question question) {
        Object details = switch (question) {
            case Question.Single q -> null;
            case Question.Multiple q -> new MultipleKey(List.copyOf(q.correct()), q.scoring());
            case Question.TrueFalse q -> new TrueFalseKey(q.answer(), q.feedbackIfTrue(), q.feedbackIfFalse());
            case Question.ShortText q -> new ShortTextKey(q.answers(), q.caseSensitive());
            case Question.Numeric q -> new NumericKeys(q.answers().stream().map(QuestionDetails::numeric).toList());
            case Question.Matching q -> new MatchingKey(q.stems(), q.options(), new LinkedHashMap<>(q.pairs()), q.scoring());
            case Question.Ordering q -> new OrderingKey(q.items(), q.scoring());
        };
        return details == null ? null : write(details);
    }

    /** {@code value} as this column's JSON; quiz_version.pools shares it. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " did not serialise", e);
        }
    }

    static <T> T read(String details, Class<T> shape) {
        try {
            return MAPPER.readValue(details, shape);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored question details do not read as " + shape.getSimpleName(), e);
        }
    }

    private static NumericKey numeric(NumericAnswer answer) {
        return switch (answer) {
            case NumericAnswer.Nominal n -> new NumericKey(n.value(), n.tolerance(), null, null, n.fraction(), n.feedback());
            case NumericAnswer.Range r -> new NumericKey(null, null, r.min(), r.max(), r.fraction(), r.feedback());
        };
    }

    static NumericAnswer numeric(NumericKey key) {
        return key.value() != null ? new NumericAnswer.Nominal(key.value(), key.tolerance(), key.fraction(), key.feedback())
                : new NumericAnswer.Range(key.min(), key.max(), key.fraction(), key.feedback());
    }
}
