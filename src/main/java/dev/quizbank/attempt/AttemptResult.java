package dev.quizbank.attempt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A graded attempt, as stored: reading it again always gives this same body")
public record AttemptResult(
        @Schema(description = "Random attempt id") UUID id,
        @Schema(examples = "chapter-20") String quizId,
        @Schema(description = "The version the attempt was graded on", examples = "1") int quizVersion,
        @Schema(description = "RFC 3339, UTC", examples = "2026-11-23T19:00:00Z") Instant submittedAt,
        @Schema(description = "Correct answers, one point each", examples = "23") int score,
        @Schema(examples = "25") int maxScore,
        @Schema(description = "100 × score / maxScore, rounded to one decimal", examples = "92.0") double percent,
        @Schema(description = "How many questions were answered", examples = "24") int answered,
        @Schema(description = "The scoring-guide level whose range holds the score", examples = "Expert") String level,
        @Schema(description = "That level's recommendation, CommonMark as written in the source") String recommendation,
        @Schema(description = "Every question of the graded version, in order") List<QuestionResult> results) {

    @Schema(description = "How one question was answered")
    public record QuestionResult(
            @Schema(examples = "1") int question,
            @Schema(description = "The choice given, in upper case; null when unanswered", examples = "C", nullable = true) String chosen,
            boolean correct,
            @Schema(examples = "C") String correctChoice,
            @Schema(description = "CommonMark as written in the source") String explanation) {
    }
}
