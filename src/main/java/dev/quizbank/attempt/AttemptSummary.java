package dev.quizbank.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An attempt in a learner's history")
public record AttemptSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "chapter-20") String quizId,
        @Schema(required = true, examples = "1") int quizVersion,
        @Schema(required = true, description = "RFC 3339, UTC", examples = "2026-11-23T19:00:00Z") Instant submittedAt,
        @Schema(required = true, description = "A decimal, as in an attempt", examples = "23") BigDecimal score,
        @Schema(required = true, description = "A decimal, as in an attempt", examples = "25") BigDecimal maxScore,
        @Schema(required = true, examples = "92.0") double percent,
        @Schema(required = true, nullable = true, description = "Null for a quiz without a scoring guide", examples = "Expert") String level) {

    @Schema(description = "One page of attempts, newest first")
    public record Page(@Schema(required = true) List<AttemptSummary> items,
            @Schema(required = true, examples = "0") int page,
            @Schema(required = true, examples = "20") int size,
            @Schema(required = true, description = "How many attempts there are in all", examples = "1") long total) {
    }
}
