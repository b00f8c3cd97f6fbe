package dev.quizbank.attempt.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

import dev.quizbank.attempt.AttemptRequest;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.attempt.AttemptState;
import dev.quizbank.attempt.AttemptSummary;
import dev.quizbank.attempt.service.AttemptHistory;
import dev.quizbank.attempt.service.AttemptLifecycle;
import dev.quizbank.attempt.service.AttemptService;
import dev.quizbank.common.Echo;
import dev.quizbank.http.Paging;
import dev.quizbank.identity.Caller;
import dev.quizbank.http.RateLimited;
import dev.quizbank.problem.Problems;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/attempts")
@Tag(name = "Attempts", description = "Grading answer sheets")
public class AttemptResource {

    private final AttemptService service;
    private final AttemptHistory history;
    private final AttemptLifecycle lifecycle;
    private final SecurityIdentity identity;

    AttemptResource(AttemptService service, AttemptHistory history, AttemptLifecycle lifecycle, SecurityIdentity identity) {
        this.service = service;
        this.history = history;
        this.lifecycle = lifecycle;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Caller.LEARNER, Caller.AUTHOR})
    @Produces(APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listAttempts", summary = "List attempts",
            description = "Role learner: the caller's own attempts; role author: everyone's. Newest first, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of attempts",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AttemptSummary.Page.class)))
    @APIResponse(responseCode = "400", ref = "InvalidPage")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public AttemptSummary.Page list(
            @Parameter(description = "Only the attempts at this quiz", example = "chapter-20") @QueryParam("quizId") String quizId,
            @Parameter(ref = "Page") @QueryParam("page") @DefaultValue("0") @Pattern(regexp = Paging.PAGE, message = Paging.PAGE_MESSAGE) String page,
            @Parameter(ref = "Size") @QueryParam("size") @DefaultValue("20") @Pattern(regexp = Paging.SIZE, message = Paging.SIZE_MESSAGE) String size) {
        return history.page(Caller.of(identity), Optional.ofNullable(quizId).filter(id -> !id.isEmpty()),
                Integer.parseInt(page), Integer.parseInt(size));
    }

    @POST
    @RateLimited
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Consumes(APPLICATION_JSON)
    @Produces(APPLICATION_JSON)
    @Operation(operationId = "submitAttempt", summary = "Grade an answer sheet",
            description = "Grades the sheet against the named quiz version (the current one when `quizVersion` is omitted),"
                    + " stores it and returns per-question correctness, the correct choice, the explanation, the score"
                    + " and the scoring-guide level. With an `Idempotency-Key`, a retry of the same request replays the"
                    + " first response and creates nothing.")
    @RequestBody(required = true, content = @Content(mediaType = APPLICATION_JSON,
            schema = @Schema(implementation = AttemptRequest.class),
            examples = @ExampleObject(name = "sheet", value = Examples.ATTEMPT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Graded and stored (or, for a retry, the first response replayed)",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The attempt, /attempts/{attemptId}",
                    schema = @Schema(type = SchemaType.STRING, examples = "/attempts/3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d")),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AttemptResult.class),
                    examples = @ExampleObject(name = "graded", value = Examples.ATTEMPT_RESULT)))
    @APIResponse(responseCode = "400", ref = "InvalidSheet")
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still being processed"
            + " (/problems/idempotency-key-in-flight), or the quiz is timed, shuffled or drawn, so its attempts must be started"
            + " with POST /quizzes/{id}/attempts (/problems/start-required); nothing is stored",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "in-flight", value = Examples.KEY_IN_FLIGHT),
                    @ExampleObject(name = "start-required", value = Examples.START_REQUIRED)}))
    @APIResponse(responseCode = "429", ref = "RateLimited")
    @APIResponse(responseCode = "403", description = "The quiz is for learners and the token has no learner role"
            + " (/problems/forbidden), the learner has made every attempt the quiz allows (/problems/attempt-limit-reached), or"
            + " the quiz is not open now (/problems/quiz-not-open); nothing is stored",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "limit", value = Examples.ATTEMPT_LIMIT),
                    @ExampleObject(name = "not-open", value = Examples.QUIZ_NOT_OPEN),
                    @ExampleObject(name = "not-a-learner", value = Examples.NOT_A_LEARNER)}))
    @APIResponse(responseCode = "422", ref = "SheetUnfit")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response submit(
            @Parameter(description = "Makes retries safe: a structured-field string (\"key\") or the bare key, 1 to 255 printable ASCII characters",
                    example = "\"8e03978e-40d5\"")
            @HeaderParam(IdempotencyKeyHeader.NAME) String idempotencyKey,
            @Context HttpHeaders headers,
            @Valid @NotNull AttemptRequest request) {
        AttemptResult graded = service.submit(request,
                IdempotencyKeyHeader.parse(headers.getRequestHeader(IdempotencyKeyHeader.NAME)), Caller.of(identity));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/attempts/" + graded.id())
                .entity(graded)
                .build();
    }

    @GET
    @Path("{attemptId}")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Produces(APPLICATION_JSON)
    @Operation(operationId = "getAttempt", summary = "Get an attempt",
            description = "A graded attempt: exactly the body that grading returned, as the quiz's review of the current phase"
                    + " shows it (afterClose once closeAt has passed). An attempt in progress (started with POST"
                    + " /quizzes/{id}/attempts): its state, questions and saved responses, to its owner only, with its ETag; one"
                    + " whose time is up is submitted first, so it reads graded.")
    @APIResponse(responseCode = "200", description = "The attempt: graded (AttemptResult), or in progress (AttemptState, with state"
            + " inProgress)",
            headers = @Header(name = HttpHeaders.ETAG, description = "In progress only: its state, for If-Match on a save",
                    schema = @Schema(type = SchemaType.STRING, examples = "\"3\"")),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(oneOf = {AttemptResult.class, AttemptState.class}),
                    examples = {@ExampleObject(name = "graded", value = Examples.ATTEMPT_RESULT),
                            @ExampleObject(name = "in progress", value = Examples.ATTEMPT_STATE_SAVED)}))
    @APIResponse(responseCode = "404", ref = "AttemptNotFound")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response get(@Parameter(description = "Attempt id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("attemptId") String attemptId) {
        return parse(attemptId)
                .flatMap(id -> lifecycle.find(id, Caller.of(identity)))
                .map(found -> switch (found) {
                    case AttemptLifecycle.Graded graded -> Response.ok(graded.result(), APPLICATION_JSON).build();
                    case AttemptLifecycle.Open open -> Response.ok(AttemptStates.of(open.attempt()), APPLICATION_JSON)
                            .header(HttpHeaders.ETAG, AttemptStates.etag(open.attempt())).build();
                })
                .orElseThrow(() -> notFound(attemptId));
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    static RuntimeException notFound(String attemptId) {
        return Problems.notFound("There is no attempt " + Echo.quoted(attemptId) + ".");
    }
}
