package dev.quizbank.attempt.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.quizbank.attempt.AttemptState;

/** The shape of the 412 a stale save gets, for the OpenAPI document only: {@link AttemptProblems#changed} writes it. */
@Schema(name = "AttemptChangedProblem", description = "A Problem that carries the attempt's current state and its ETag, to merge into")
record AttemptChangedProblem(
        @Schema(required = true, examples = "/problems/attempt-changed") String type,
        @Schema(required = true, examples = "Precondition Failed") String title,
        @Schema(required = true, examples = "412") int status,
        @Schema(required = true) String detail,
        @Schema(description = "The request path") String instance,
        @Schema(required = true, description = "The current state's ETag: send it in If-Match to save over it", examples = "\"3\"")
        String etag,
        @Schema(required = true, description = "The current state") AttemptState attempt) {
}
