package dev.quizbank.statistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

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
    @Schema(description = "The distribution of the score T (one point per question)")
    public record ScoreStatistics(
            @Schema(required = true, nullable = true, description = "Null without attempts") Double mean,
            @Schema(required = true, nullable = true, description = "Null without attempts") Double median,
            @Schema(required = true, nullable = true, description = "Sample standard deviation (n − 1); null below 2 attempts") Double sd,
            @Schema(required = true, nullable = true) Integer min,
            @Schema(required = true, nullable = true) Integer max,
            @Schema(required = true, nullable = true, description = "Bias-corrected sample skewness G1; null below 3 attempts or without variance") Double skewness,
            @Schema(required = true, nullable = true, description = "Bias-corrected excess kurtosis G2; null below 4 attempts or without variance") Double kurtosis,
            @Schema(required = true, description = "One entry per score 0..maxScore") List<ScoreCount> histogram) {
    }

    @Schema(description = "How many attempts had this score")
    public record ScoreCount(@Schema(required = true) int score, @Schema(required = true) long count) {
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
    @Schema(description = "How one question worked; x = 1 when answered correctly, y = T − x")
    public record QuestionStatistics(
            @Schema(required = true) int number,
            @Schema(required = true, nullable = true, description = "mean(x)") Double facility,
            @Schema(required = true, nullable = true, description = "95% Wilson interval of the facility") Double facilityLow,
            @Schema(required = true, nullable = true) Double facilityHigh,
            @Schema(required = true, nullable = true, description = "sd(x)") Double sd,
            @Schema(required = true, nullable = true, description = "corr(x, y)") Double discriminationIndex,
            @Schema(required = true, nullable = true, description = "cov(x, y) / cov(sort(x), sort(y))") Double discriminativeEfficiency,
            @Schema(required = true, description = "1 / number of choices") double randomGuessScore,
            @Schema(required = true) List<ChoiceStatistics> choices,
            @Schema(required = true) List<Flag> flags) {
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
