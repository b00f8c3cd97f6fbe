package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of docs/statistics.md over the attempts used. A figure that is undefined
 * for these attempts (too few of them, a zero variance, a zero denominator) is null, and the
 * contract wants it written as null, not left out. Nothing is rounded.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Statistics(
        long attempts,
        ScoreStatistics score,
        ReliabilityStatistics reliability,
        List<QuestionStatistics> questions) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "The distribution of the score T, in points")
    public record ScoreStatistics(
            @Schema(required = true, nullable = true, description = "Null without attempts") Double mean,
            @Schema(required = true, nullable = true, description = "Null without attempts") Double median,
            @Schema(required = true, nullable = true, description = "Sample standard deviation (n − 1); null below 2 attempts") Double sd,
            @Schema(required = true, nullable = true, type = SchemaType.NUMBER, description = "Exact; a whole score is written as an integer") Number min,
            @Schema(required = true, nullable = true, type = SchemaType.NUMBER) Number max,
            @Schema(required = true, nullable = true, description = "Bias-corrected sample skewness G1; null below 3 attempts or without variance") Double skewness,
            @Schema(required = true, nullable = true, description = "Bias-corrected excess kurtosis G2; null below 4 attempts or without variance") Double kurtosis,
            @Schema(required = true, description = "One entry per score 0..maxScore when the scores are whole and maxScore is at most 1000, else one per score earned, ascending") List<ScoreCount> histogram) {
    }

    @Schema(description = "How many attempts had this score")
    public record ScoreCount(
            @Schema(required = true, type = SchemaType.NUMBER, description = "Exact points; a whole score is written as an integer") Number score,
            @Schema(required = true) long count) {
    }

    /** A score as the JSON writes it: an integer when whole, else the exact decimal. */
    static Number score(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            return stripped.intValueExact();
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "Internal consistency; null with one question, below 2 attempts or without score variance")
    public record ReliabilityStatistics(
            @Schema(required = true, nullable = true) Double cronbachAlpha,
            @Schema(required = true, nullable = true, description = "Lower end of the 95% Feldt interval") Double alphaLow,
            @Schema(required = true, nullable = true, description = "Upper end of the 95% Feldt interval") Double alphaHigh,
            @Schema(required = true, nullable = true, description = "√(1 − α)") Double errorRatio,
            @Schema(required = true, nullable = true, description = "errorRatio · sd") Double standardError) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "How one question worked; x = the points it earned, m = its points, T = the score, y = T − x")
    public record QuestionStatistics(
            @Schema(required = true) int number,
            @Schema(required = true, nullable = true, description = "mean(x) / m") Double facility,
            @Schema(required = true, nullable = true, description = "95% interval of the facility: Wilson's when every x is 0 or m, else mean ± t(0.975, n − 1)·sd/√n clipped to [0, 1]") Double facilityLow,
            @Schema(required = true, nullable = true) Double facilityHigh,
            @Schema(required = true, nullable = true, description = "sd(x / m)") Double sd,
            @Schema(required = true, nullable = true, description = "corr(x, y)") Double discriminationIndex,
            @Schema(required = true, nullable = true, description = "cov(x, y) / cov(sort(x), sort(y)); null for a question that can earn part of its points") Double discriminativeEfficiency,
            @Schema(required = true, nullable = true, description = "The mean fraction of a response drawn at random (1 / number of choices for single); null for shortText and numeric, and where docs/statistics.md says so") Double randomGuessScore,
            @Schema(required = true, description = "single, multiple (each choice: the attempts that ticked it), trueFalse (choices true and false); empty for other types") List<ChoiceStatistics> choices,
            @Schema(required = true) List<Flag> flags,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "shortText and numeric only: the 20 most frequent normalised responses, most frequent first") List<ResponseCount> responses,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "shortText and numeric only: answers not in responses") Long otherResponses,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "matching (per stem) and ordering (per item) only: how often it was placed correctly") List<Placement> placements) {
    }

    @Schema(description = "A typed response (NFC, trimmed, inner whitespace as one space; a number as its plain decimal) and how often it was given")
    public record ResponseCount(
            @Schema(required = true, examples = "Paris") String response,
            @Schema(required = true) long count,
            @Schema(required = true, description = "The fraction of the points it earns", examples = "0.5") BigDecimal fraction) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "A stem of a matching or an item of an ordering, and how often it was placed correctly")
    public record Placement(
            @Schema(required = true, examples = "s1") String key,
            @Schema(required = true, description = "Attempts that placed it correctly") long count,
            @Schema(required = true, nullable = true, description = "count / attempts") Double proportion) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "How often a choice was taken, and by whom")
    public record ChoiceStatistics(
            @Schema(required = true, examples = "A") String key,
            @Schema(required = true) boolean correct,
            @Schema(required = true, description = "Attempts that chose it") long count,
            @Schema(required = true, nullable = true, description = "count / attempts") Double proportion,
            @Schema(required = true, nullable = true, description = "corr(chose this choice, T)") Double pointBiserial) {
    }
}
