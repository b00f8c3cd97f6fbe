package dev.quizbank.attempt.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.quizbank.attempt.AttemptState;
import dev.quizbank.attempt.service.AttemptLifecycle;
import dev.quizbank.http.RateLimited;
import dev.quizbank.identity.Caller;
import dev.quizbank.problem.Problems;
import io.quarkus.security.identity.SecurityIdentity;

/** Starting an attempt at a quiz: the first step of the attempt lifecycle (docs/attempts.md). */
@Path("/quizzes")
@Tag(name = "Attempts")
public class StartResource {

    private final AttemptLifecycle lifecycle;
    private final SecurityIdentity identity;

    StartResource(AttemptLifecycle lifecycle, SecurityIdentity identity) {
        this.lifecycle = lifecycle;
        this.identity = identity;
    }

    @POST
    @RateLimited
    @Path("{id}/attempts")
    @Produces(APPLICATION_JSON)
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "startAttempt", summary = "Start an attempt",
            description = "Starts an attempt at the current version of the quiz: draws its questions from the quiz's pools,"
                    + " orders them (and their choices) as the quiz's settings say, and sets its deadline. A learner who"
                    + " already has an attempt in progress at the quiz gets that one back (200), never a second. An anonymous"
                    + " quiz may be started without a token: whoever holds the attempt's id owns it. There is no body, but"
                    + " like every POST it needs a `Content-Type` (any, such as application/json): 415 without.")
    @APIResponse(responseCode = "201", description = "Started",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The attempt, /attempts/{attemptId}",
                    schema = @Schema(type = SchemaType.STRING, examples = "/attempts/3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d")),
                    @Header(name = HttpHeaders.ETAG, description = "The state of the attempt, for If-Match on a save",
                            schema = @Schema(type = SchemaType.STRING, examples = "\"0\""))},
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AttemptState.class),
                    examples = @ExampleObject(name = "started", value = Examples.ATTEMPT_STATE)))
    @APIResponse(responseCode = "200", description = "The attempt the learner already has in progress at the quiz, as it is now",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The attempt, /attempts/{attemptId}",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = "The state of the attempt, for If-Match on a save",
                            schema = @Schema(type = SchemaType.STRING, examples = "\"3\""))},
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AttemptState.class),
                    examples = @ExampleObject(name = "resumed", value = Examples.ATTEMPT_STATE_SAVED)))
    @APIResponse(responseCode = "403", description = "The quiz is for learners and the token has no learner role"
            + " (/problems/forbidden), it is not open now (/problems/quiz-not-open), or the learner has started every attempt"
            + " it allows (/problems/attempt-limit-reached); nothing is stored",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "not-open", value = Examples.QUIZ_NOT_OPEN),
                    @ExampleObject(name = "limit", value = Examples.ATTEMPT_LIMIT),
                    @ExampleObject(name = "not-a-learner", value = Examples.NOT_A_LEARNER)}))
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response start(@Parameter(ref = "QuizId") @PathParam("id") String id) {
        AttemptLifecycle.Started started = lifecycle.start(id, Caller.of(identity));
        AttemptLifecycle.InProgress attempt = started.attempt();
        return Response.status(started.created() ? Response.Status.CREATED : Response.Status.OK)
                .header(HttpHeaders.LOCATION, "/attempts/" + attempt.attempt().id())
                .header(HttpHeaders.ETAG, AttemptStates.etag(attempt))
                .entity(AttemptStates.of(attempt))
                .type(APPLICATION_JSON)
                .build();
    }
}
