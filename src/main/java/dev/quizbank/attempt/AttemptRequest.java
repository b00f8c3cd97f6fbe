package dev.quizbank.attempt;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An answer sheet to grade", additionalProperties = Schema.False.class)
public record AttemptRequest(
        @Schema(description = "The quiz to grade against", examples = "chapter-20", required = true)
        @NotNull String quizId,
        @Schema(description = "The version the learner was shown; the current version when omitted", examples = "1", nullable = true)
        Integer quizVersion,
        @Schema(description = "At most one answer per question; questions left out count as unanswered", required = true)
        @NotNull List<@NotNull @Valid Answer> answers) {

    @Schema(description = "The choice given for one question", additionalProperties = Schema.False.class)
    public record Answer(
            @Schema(description = "Question number", examples = "1", required = true) @NotNull Integer question,
            @Schema(description = "Choice key, in either case", examples = "C", required = true) @NotNull String choice) {
    }
}
