package dev.quizbank.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.quizbank.quiz.rest.Delivery;

@Schema(description = "An attempt in progress, as its owner sees it on any device: its questions in its own order, its"
        + " time and what has been saved so far. Its ETag (the header) names this state for If-Match.",
        additionalProperties = Schema.False.class)
public record AttemptState(
        @Schema(required = true, description = "Random attempt id; the graded attempt keeps it") UUID id,
        @Schema(required = true, examples = "midterm") String quizId,
        @Schema(required = true, description = "The version the attempt was started on and is graded on", examples = "2") int quizVersion,
        @Schema(required = true, enumeration = "inProgress") String state,
        @Schema(required = true, description = "RFC 3339, UTC", examples = "2026-11-23T19:00:00Z") Instant startedAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time", description = "RFC 3339, UTC: when the time limit, or the quiz's closeAt, ends"
                + " the attempt; null when untimed", examples = "2026-11-23T19:20:00Z") Instant deadline,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time", description = "The deadline and the quiz's grace seconds: saves and answers sent"
                + " with the submit are taken until then, and the attempt is submitted with what was saved soon after; null"
                + " when untimed", examples = "2026-11-23T19:20:30Z") Instant graceUntil,
        @Schema(required = true, description = "The questions drawn for this attempt, answers withheld, in its own order (shuffled"
                + " when the quiz says so; choices too, their keys unchanged)") List<Delivery.QuestionView> questions,
        @Schema(required = true, description = "The saved responses by question number, each in the field of its type (as"
                + " a graded result's response); a question without one is absent") Map<Integer, AttemptResult.Given> responses) {

    public static final String IN_PROGRESS = "inProgress";
}
