package dev.quizbank.attempt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A graded attempt, as stored: reading it again always gives this same body")
public record AttemptResult(
        @Schema(required = true, description = "Random attempt id") UUID id,
        @Schema(required = true, examples = "chapter-20") String quizId,
        @Schema(required = true, description = "The version the attempt was graded on", examples = "1") int quizVersion,
        @Schema(required = true, description = "RFC 3339, UTC", examples = "2026-11-23T19:00:00Z") Instant submittedAt,
        @Schema(required = true, description = "Correct answers, one point each", examples = "23") int score,
        @Schema(required = true, examples = "25") int maxScore,
        @Schema(required = true, description = "100 × score / maxScore, rounded to one decimal", examples = "92.0") double percent,
        @Schema(required = true, description = "How many questions were answered", examples = "24") int answered,
        @Schema(required = true, nullable = true, description = "The scoring-guide level whose range holds the score; null for a quiz without a scoring guide", examples = "Expert") String level,
        @Schema(required = true, nullable = true, description = "That level's recommendation, CommonMark as written in the source; null without a scoring guide") String recommendation,
        @Schema(description = "Every question of the graded version, in order; absent when the quiz's review setting is score")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<QuestionResult> results) {

    @Schema(description = "How one question was answered")
    public record QuestionResult(
            @Schema(required = true, examples = "1") int question,
            @Schema(required = true, description = "The choice given, in upper case; null when unanswered", examples = "C", nullable = true) String chosen,
            @Schema(required = true) boolean correct,
            @Schema(description = "Absent when the quiz's review setting is correctness", examples = "C")
            @JsonInclude(JsonInclude.Include.NON_NULL) String correctChoice,
            @Schema(description = "CommonMark as written in the source; absent when the quiz's review setting is correctness")
            @JsonInclude(JsonInclude.Include.NON_NULL) String explanation) {
    }
}
