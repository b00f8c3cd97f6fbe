package dev.quizbank.attempt.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A learner's response to one question, one shape per question type, as the sheet gives it once its
 * shape has been checked against the question (keys known, a number that is a decimal, an order that
 * is a permutation). Keys are the question's own keys, in the question's case.
 */
public sealed interface Response {

    /** {@code single}: the key chosen. */
    record Choice(String key) implements Response {
    }

    /** {@code multiple}: the keys ticked, in the order given; none ticked is an empty response. */
    record Choices(List<String> keys) implements Response {
        public Choices {
            keys = List.copyOf(keys);
        }
    }

    /** {@code trueFalse}. */
    record Value(boolean value) implements Response {
    }

    /** {@code shortText}: as typed; grading normalises it. */
    record Text(String text) implements Response {
    }

    /** {@code numeric}: an exact decimal. */
    record Number(BigDecimal number) implements Response {
    }

    /** {@code matching}: stem key → option key, for the stems answered. */
    record Pairs(Map<String, String> pairs) implements Response {
        public Pairs {
            pairs = Map.copyOf(pairs);
        }
    }

    /** {@code ordering}: every item key, in the order the learner put them. */
    record Order(List<String> keys) implements Response {
        public Order {
            keys = List.copyOf(keys);
        }
    }
}
