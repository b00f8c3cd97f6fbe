package dev.quizbank.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A graded attempt, as stored: reading it again always gives this same body")
public record AttemptResult(
        @Schema(required = true, description = "Random attempt id") UUID id,
        @Schema(required = true, examples = "chapter-20") String quizId,
        @Schema(required = true, description = "The version the attempt was graded on", examples = "1") int quizVersion,
        @Schema(required = true, description = "RFC 3339, UTC", examples = "2026-11-23T19:00:00Z") Instant submittedAt,
        @Schema(required = true, description = "The points earned, the sum over the questions of fraction × points: a decimal"
                + " written as a JSON number without trailing zeros (23, not 23.0; 7.5)", examples = "23") BigDecimal score,
        @Schema(required = true, description = "The sum of the questions' points, a decimal written as score is", examples = "25")
        BigDecimal maxScore,
        @Schema(required = true, description = "100 × score / maxScore, rounded to one decimal", examples = "92.0") double percent,
        @Schema(required = true, description = "How many questions were answered", examples = "24") int answered,
        @Schema(required = true, nullable = true, description = "The scoring-guide level with the largest minScore at or below the score; null for a quiz without a scoring guide", examples = "Expert") String level,
        @Schema(required = true, nullable = true, description = "That level's recommendation, CommonMark as written in the source; null without a scoring guide") String recommendation,
        @Schema(description = "Every question of the graded version, in order; absent when the quiz's review setting is score")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<QuestionResult> results) {

    @Schema(description = "How one question was answered. Decimals (fraction, points, maxPoints) are JSON numbers without"
            + " trailing zeros. Under the review setting full, the correct response is given in the field of the question's"
            + " type: correctChoice (single), correctChoices, correctValue, acceptedAnswer, correctNumber, correctPairs,"
            + " correctOrder")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(
            @Schema(required = true, examples = "1") int question,
            @Schema(required = true, description = "single: the choice given, in upper case; null when unanswered and for"
                    + " the other types", examples = "C", nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS) String chosen,
            @Schema(description = "The response as graded, in the field of the question's type; absent when unanswered or"
                    + " the response was empty") Given response,
            @Schema(required = true, description = "The share of the points earned, 0 to 1, at most 4 places (half-even)",
                    examples = "0.5") BigDecimal fraction,
            @Schema(required = true, description = "fraction × maxPoints", examples = "1") BigDecimal points,
            @Schema(required = true, description = "The question's points", examples = "2") BigDecimal maxPoints,
            @Schema(required = true, description = "Whether the fraction is 1") boolean correct,
            @Schema(description = "single, review full", examples = "C") String correctChoice,
            @Schema(description = "multiple, review full: the correct choice keys") List<String> correctChoices,
            @Schema(description = "trueFalse, review full") Boolean correctValue,
            @Schema(description = "shortText, review full: the first answer that earns full marks") String acceptedAnswer,
            @Schema(description = "numeric, review full: the first interval that earns full marks") CorrectNumber correctNumber,
            @Schema(description = "matching, review full: stem key → option key") Map<String, String> correctPairs,
            @Schema(description = "ordering, review full: the item keys in the correct order") List<String> correctOrder,
            @Schema(description = "review full: CommonMark feedback on what was chosen or given, when the source states"
                    + " some (one entry per chosen choice that has feedback)") List<String> feedback,
            @Schema(description = "CommonMark as written in the source; absent when the quiz's review setting is correctness")
            String explanation) {
    }

    @Schema(description = "A response as graded: the one field of the question's type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Given(
            @Schema(description = "single", examples = "C") String choice,
            @Schema(description = "multiple") List<String> choices,
            @Schema(description = "trueFalse") Boolean value,
            @Schema(description = "shortText, as typed") String text,
            @Schema(description = "numeric, a decimal string", examples = "3.142") String number,
            @Schema(description = "matching") Map<String, String> pairs,
            @Schema(description = "ordering") List<String> order) {
    }

    @Schema(description = "An interval of accepted numbers: value ± tolerance, or min to max, as decimal strings")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CorrectNumber(@Schema(examples = "3.14") String value, @Schema(examples = "0.01") String tolerance,
            String min, String max) {
    }
}
