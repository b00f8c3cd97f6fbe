package dev.quizbank.attempt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of an answer per question type, for the OpenAPI document only: the service reads every answer as
 * one {@link AttemptRequest.Answer} and checks its shape against the question, so that a wrong shape is a 422
 * naming the field rather than a parse error.
 */
final class AnswerShapes {

    private AnswerShapes() {
    }

    @Schema(name = "SingleAnswer", description = "An answer to a single question", additionalProperties = Schema.False.class)
    record SingleAnswer(@Schema(required = true, examples = "1") int question,
            @Schema(required = true, description = "The choice key, in either case", examples = "C") String choice) {
    }

    @Schema(name = "MultipleAnswer", description = "An answer to a multiple question; no key ticked is an empty response",
            additionalProperties = Schema.False.class)
    record MultipleAnswer(@Schema(required = true, examples = "1") int question,
            @Schema(required = true, description = "The choice keys ticked, in either case, each once") List<String> choices) {
    }

    @Schema(name = "TrueFalseAnswer", description = "An answer to a trueFalse question", additionalProperties = Schema.False.class)
    record TrueFalseAnswer(@Schema(required = true, examples = "1") int question, @Schema(required = true) boolean value) {
    }

    @Schema(name = "ShortTextAnswer", description = "An answer to a shortText question; blank is an empty response",
            additionalProperties = Schema.False.class)
    record ShortTextAnswer(@Schema(required = true, examples = "1") int question,
            @Schema(required = true, description = "As typed, at most 1000 characters", maxLength = 1000) String text) {
    }

    @Schema(name = "NumericAnswer", description = "An answer to a numeric question; an empty string is an empty response",
            additionalProperties = Schema.False.class)
    record NumericAnswer(@Schema(required = true, examples = "1") int question,
            @Schema(required = true, oneOf = {String.class, BigDecimal.class}, description = "A decimal such as \"3.142\" (a JSON"
                    + " number is accepted too and read exactly), at most 15 digits before and after the point") Object number) {
    }

    @Schema(name = "MatchingAnswer", description = "An answer to a matching question; no pair is an empty response",
            additionalProperties = Schema.False.class)
    record MatchingAnswer(@Schema(required = true, examples = "1") int question,
            @Schema(required = true, description = "Stem key → option key, exactly as keyed, for the stems answered")
            Map<String, String> pairs) {
    }

    @Schema(name = "OrderingAnswer", description = "An answer to an ordering question; an empty list is an empty response",
            additionalProperties = Schema.False.class)
    record OrderingAnswer(@Schema(required = true, examples = "1") int question,
            @Schema(required = true, description = "Every item key, exactly as keyed, in the order the learner put them")
            List<String> order) {
    }
}
