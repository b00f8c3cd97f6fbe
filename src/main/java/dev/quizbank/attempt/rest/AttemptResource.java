package dev.quizbank.attempt.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.quizbank.attempt.AttemptRequest;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.attempt.service.AttemptService;
import dev.quizbank.http.RateLimited;
import dev.quizbank.problem.Problems;

@Path("/attempts")
@Tag(name = "Attempts", description = "Grading answer sheets")
public class AttemptResource {

    private final AttemptService service;

    AttemptResource(AttemptService service) {
        this.service = service;
    }

    @POST
    @RateLimited
    @Consumes(APPLICATION_JSON)
    @Produces(APPLICATION_JSON)
    @Operation(summary = "Grade an answer sheet",
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
    @APIResponse(responseCode = "400", description = "Not JSON, wrong JSON types, quizId or answers missing, or a malformed Idempotency-Key",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "missing-answers", value = Examples.MISSING_ANSWERS)))
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still being processed",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "in-flight", value = Examples.KEY_IN_FLIGHT)))
    @APIResponse(responseCode = "413", description = "The body is larger than the configured limit (64 KiB by default)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "too-large", value = Examples.TOO_LARGE)))
    @APIResponse(responseCode = "429", description = "Over this client's rate limit (per instance); retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "rate-limited", value = Examples.RATE_LIMITED)))
    @APIResponse(responseCode = "415", description = "Content-Type is not application/json",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not-json", value = Examples.UNSUPPORTED_TYPE)))
    @APIResponse(responseCode = "422", description = "Unknown quiz or version, a question not in the quiz, a choice that is not a key of its question,"
            + " a question answered twice; or an Idempotency-Key reused with a different body",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "bad-choices", value = Examples.BAD_ANSWERS)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response submit(
            @Parameter(description = "Makes retries safe: a structured-field string (\"key\") or the bare key, 1 to 255 printable ASCII characters",
                    example = "\"8e03978e-40d5\"")
            @HeaderParam(IdempotencyKeyHeader.NAME) String idempotencyKey,
            @Valid @NotNull AttemptRequest request) {
        AttemptService.Stored stored = service.submit(request, IdempotencyKeyHeader.parse(idempotencyKey));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/attempts/" + stored.id())
                .entity(stored.body())
                .build();
    }

    @GET
    @Path("{attemptId}")
    @Produces(APPLICATION_JSON)
    @Operation(summary = "Get a graded attempt", description = "Exactly the body that POST /attempts returned for it.")
    @APIResponse(responseCode = "200", description = "The attempt",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = AttemptResult.class),
                    examples = @ExampleObject(name = "graded", value = Examples.ATTEMPT_RESULT)))
    @APIResponse(responseCode = "404", description = "No attempt has this id (or it is not a UUID)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown", value = Examples.ATTEMPT_NOT_FOUND)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response get(@Parameter(description = "Attempt id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("attemptId") String attemptId) {
        return parse(attemptId)
                .flatMap(service::find)
                .map(body -> Response.ok(body, APPLICATION_JSON).build())
                .orElseThrow(() -> Problems.notFound("There is no attempt '" + attemptId + "'."));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
