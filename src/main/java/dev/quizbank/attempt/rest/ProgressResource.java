package dev.quizbank.attempt.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.quizbank.attempt.AttemptAnswers;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.attempt.AttemptState;
import dev.quizbank.attempt.service.AttemptLifecycle;
import dev.quizbank.attempt.service.AttemptSaves;
import dev.quizbank.http.RateLimited;
import dev.quizbank.identity.Caller;
import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;
import io.quarkus.security.identity.SecurityIdentity;

/** Saving to an attempt in progress and submitting it (docs/attempts.md). */
@Path("/attempts")
@Tag(name = "Attempts")
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
public class ProgressResource {

    private final AttemptLifecycle lifecycle;
    private final AttemptSaves saves;
    private final SecurityIdentity identity;

    ProgressResource(AttemptLifecycle lifecycle, AttemptSaves saves, SecurityIdentity identity) {
        this.lifecycle = lifecycle;
        this.saves = saves;
        this.identity = identity;
    }

    @PUT
    @RateLimited
    @Path("{attemptId}/responses")
    @Consumes(APPLICATION_JSON)
    @Produces(APPLICATION_JSON)
    @Operation(operationId = "saveResponses", summary = "Save responses to an attempt in progress",
            description = "Autosave: stores the responses given (any subset of the attempt's questions) over those saved"
                    + " before; an empty response takes a saved one back. `If-Match` must name the attempt's current state"
                    + " (its ETag): a save built on an older state gets 412 with the current one, to merge and save again,"
                    + " so that two devices never overwrite each other's responses unseen. Only the attempt's owner (for an"
                    + " anonymous attempt, whoever holds its id) may save.")
    @RequestBody(required = true, content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AttemptAnswers.class),
            examples = @ExampleObject(name = "answers", value = Examples.SAVE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Saved: the attempt as it is now",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new state, for the next save's If-Match",
                    schema = @Schema(type = SchemaType.STRING, examples = "\"4\"")),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AttemptState.class),
                    examples = @ExampleObject(name = "saved", value = Examples.ATTEMPT_STATE_SAVED)))
    @APIResponse(responseCode = "400", ref = "InvalidSheet")
    @APIResponse(responseCode = "404", ref = "AttemptNotFound")
    @APIResponse(responseCode = "409", description = "The attempt is submitted (/problems/attempt-submitted), or its deadline and"
            + " grace have passed (/problems/time-is-up); nothing is stored",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "time-is-up", value = Examples.TIME_IS_UP),
                    @ExampleObject(name = "submitted", value = Examples.ATTEMPT_SUBMITTED)}))
    @APIResponse(responseCode = "412", description = "If-Match names an older state: the problem carries the current one"
            + " (attempt) and its ETag (etag, and the header) to merge into; nothing is stored",
            headers = @Header(name = HttpHeaders.ETAG, description = "The current state", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = AttemptChangedProblem.class),
                    examples = @ExampleObject(name = "changed", value = Examples.ATTEMPT_CHANGED)))
    @APIResponse(responseCode = "422", description = "An answer does not fit its question (the sheet's checks), or names a question"
            + " not drawn for this attempt; every such answer in violations, nothing stored",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not-drawn", value = Examples.NOT_DRAWN)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "no-if-match", value = Examples.IF_MATCH_REQUIRED)))
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response save(@Parameter(description = "Attempt id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("attemptId") String attemptId,
            @Parameter(description = "The ETag of the state the save builds on (required: 428 without it, 412 when stale)",
                    example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AttemptAnswers answers) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.of(ProblemType.PRECONDITION_REQUIRED, "Name the state you save over: send If-Match with the ETag that"
                    + " starting, reading or the last save of the attempt gave.");
        }
        return AttemptResource.parse(attemptId)
                .flatMap(id -> saves.save(id, Caller.of(identity), AttemptStates.ifMatch(ifMatch), answers.answers()))
                .map(saved -> Response.ok(AttemptStates.of(saved), APPLICATION_JSON).header(HttpHeaders.ETAG, AttemptStates.etag(saved))
                        .build())
                .orElseThrow(() -> AttemptResource.notFound(attemptId));
    }

    @POST
    @RateLimited
    @Path("{attemptId}/submit")
    @Consumes(APPLICATION_JSON)
    @Produces(APPLICATION_JSON)
    @Operation(operationId = "submitStartedAttempt", summary = "Submit an attempt in progress",
            description = "Grades the saved responses, with the answers of the body (optional) over them, over the questions"
                    + " drawn for the attempt, stores the result and returns it, as the quiz's review shows it. A submitted"
                    + " attempt's result comes back again for any later submit. After the deadline and grace only what was"
                    + " saved counts: a submit without answers gets the result of what was saved (the attempt is submitted"
                    + " then, if the sweeper has not yet), one with answers 409 /problems/time-is-up. The body may be left"
                    + " out, but like every POST the request needs a `Content-Type`.")
    @RequestBody(required = false, content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AttemptAnswers.class),
            examples = @ExampleObject(name = "final answers", value = Examples.SAVE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Graded (now, or before)",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AttemptResult.class),
                    examples = @ExampleObject(name = "graded", value = Examples.ATTEMPT_RESULT)))
    @APIResponse(responseCode = "400", ref = "InvalidSheet")
    @APIResponse(responseCode = "404", ref = "AttemptNotFound")
    @APIResponse(responseCode = "409", description = "Answers sent after the deadline and grace (/problems/time-is-up); nothing is"
            + " stored, and the attempt is graded with what was saved",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "time-is-up", value = Examples.TIME_IS_UP)))
    @APIResponse(responseCode = "422", description = "An answer does not fit its question, or names a question not drawn for this"
            + " attempt; nothing stored",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not-drawn", value = Examples.NOT_DRAWN)))
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response submit(@Parameter(description = "Attempt id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("attemptId") String attemptId,
            @Valid AttemptAnswers answers) {
        return AttemptResource.parse(attemptId)
                .flatMap(id -> lifecycle.submit(id, Caller.of(identity), answers == null ? List.of() : answers.answers()))
                .map(result -> Response.ok(result, APPLICATION_JSON).build())
                .orElseThrow(() -> AttemptResource.notFound(attemptId));
    }
}
