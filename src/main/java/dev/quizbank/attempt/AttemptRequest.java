package dev.quizbank.attempt;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.quizbank.common.Decimals;

@Schema(description = "An answer sheet to grade", additionalProperties = Schema.False.class)
public record AttemptRequest(
        @Schema(description = "The quiz to grade against", examples = "chapter-20", required = true)
        @NotNull String quizId,
        @Schema(description = "The version the learner was shown; the current version when omitted", examples = "1", nullable = true)
        Integer quizVersion,
        @Schema(description = "At most one answer per question; questions left out count as unanswered", required = true)
        @NotNull List<@NotNull @Valid Answer> answers) {

    /**
     * The response given to one question: {@code question} and exactly one response field ({@link OneResponse}), the
     * one its type takes (the sheet's checks in {@code Grader}); the OpenAPI document states the shapes as {@code oneOf}.
     */
    @Schema(description = "The response given to one question: its number and the one response field of its type",
            type = SchemaType.OBJECT, oneOf = {
                    AnswerShapes.SingleAnswer.class, AnswerShapes.MultipleAnswer.class, AnswerShapes.TrueFalseAnswer.class,
                    AnswerShapes.ShortTextAnswer.class, AnswerShapes.NumericAnswer.class, AnswerShapes.MatchingAnswer.class,
                    AnswerShapes.OrderingAnswer.class})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @OneResponse
    public record Answer(
            @Schema(hidden = true) @NotNull Integer question,
            @Schema(hidden = true) String choice,
            @Schema(hidden = true) List<String> choices,
            @Schema(hidden = true) Boolean value,
            @Schema(hidden = true) String text,
            @Schema(hidden = true) @JsonDeserialize(using = DecimalText.class) String number,
            @Schema(hidden = true) Map<String, String> pairs,
            @Schema(hidden = true) List<String> order) {

        /** A single-choice answer, as every sheet before Part 3 gave one. */
        public Answer(Integer question, String choice) {
            this(question, choice, null, null, null, null, null, null);
        }
    }

    /**
     * A {@code number} given as a string is taken as written; one given as a JSON number as the digits it was
     * written with, so that no binary floating point ever rounds it.
     */
    static final class DecimalText extends JsonDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return switch (parser.currentToken()) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    BigDecimal exact = parser.getDecimalValue();
                    yield Decimals.bounded(exact).map(BigDecimal::toPlainString).orElse(parser.getText());
                }
                default -> (String) context.handleUnexpectedToken(String.class, parser);
            };
        }
    }
}
