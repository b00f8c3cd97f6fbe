package dev.quizbank.statistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.quizbank.statistics.Statistics.QuestionStatistics;
import dev.quizbank.statistics.Statistics.ReliabilityStatistics;
import dev.quizbank.statistics.Statistics.ScoreStatistics;

/** The JSON body of {@code GET /quizzes/{id}/statistics}, in the order of docs/statistics.md. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "Item statistics of one quiz version over the attempts used")
public record StatisticsReport(
        @Schema(required = true, examples = "chapter-20") String quizId,
        @Schema(required = true, examples = "1") int version,
        @Schema(required = true, description = "How many attempts the figures use", examples = "1234") long attempts,
        @Schema(required = true) AttemptSelection attemptsUsed,
        @Schema(required = true) ScoreStatistics score,
        @Schema(required = true) ReliabilityStatistics reliability,
        @Schema(required = true, description = "Every question, in order") List<QuestionStatistics> questions) {

    public static StatisticsReport of(String quizId, int version, AttemptSelection used, Statistics statistics) {
        return new StatisticsReport(quizId, version, statistics.attempts(), used, statistics.score(),
                statistics.reliability(), statistics.questions());
    }
}
