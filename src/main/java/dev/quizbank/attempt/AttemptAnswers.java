package dev.quizbank.attempt;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.quizbank.attempt.AttemptRequest.Answer;

@Schema(description = "Responses to questions of an attempt, in the answer shapes of a sheet", additionalProperties = Schema.False.class)
public record AttemptAnswers(
        @Schema(required = true, description = "At most one answer per question, each to a question drawn for the attempt; an"
                + " empty response (no key ticked, blank text, an empty order) takes back a saved one")
        @NotNull List<@NotNull @Valid Answer> answers) {
}
