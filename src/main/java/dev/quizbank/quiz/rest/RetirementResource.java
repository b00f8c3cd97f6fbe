package dev.quizbank.quiz.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.quizbank.identity.Caller;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;
import dev.quizbank.quiz.service.QuizOwnership;
import dev.quizbank.quiz.service.QuizPublisher;
import io.quarkus.security.identity.SecurityIdentity;

/** A quiz's owners and role admin retire a quiz and bring a retired one back. */
@Path("/quizzes")
@RolesAllowed({Caller.AUTHOR, Caller.ADMIN})
@SecurityRequirement(name = "bearer")
@Tag(name = "Authoring")
public class RetirementResource {

    private final QuizPublisher publisher;
    private final QuizCatalog catalog;
    private final QuizOwnership ownership;
    private final RenderedQuizzes rendered;
    private final SecurityIdentity identity;

    RetirementResource(QuizPublisher publisher, QuizCatalog catalog, QuizOwnership ownership, RenderedQuizzes rendered,
            SecurityIdentity identity) {
        this.publisher = publisher;
        this.catalog = catalog;
        this.ownership = ownership;
        this.rendered = rendered;
        this.identity = identity;
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "retireQuiz", summary = "Retire a quiz",
            description = "The quiz's owners and role admin. The quiz leaves the list, its reads answer 404 and new attempts 422;"
                    + " stored attempts stay readable. `POST /quizzes/{id}/restore` brings it back.")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(responseCode = "403", ref = "NotQuizOwner")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    @APIResponse(responseCode = "412", ref = "VersionConflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response retire(@Parameter(ref = "QuizId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context Request request) {
        PublishedQuiz current = ownership.current(Caller.of(identity), id);
        publisher.retire(id, Preconditions.required(current, ifMatch, request, rendered));
        return Response.noContent().build();
    }

    /**
     * A retired quiz cannot change, so a restore needs no If-Match to be safe; one that is sent must
     * name the version that comes back. Restoring a quiz in service changes nothing, so a retry is harmless.
     */
    @POST
    @Path("{id}/restore")
    @Produces(APPLICATION_JSON)
    @Operation(operationId = "restoreQuiz", summary = "Bring a retired quiz back",
            description = "The quiz's owners and role admin. The quiz returns to the list and takes attempts again, at the newest"
                    + " version it had, with every version kept. A quiz in service stays as it is (200, idempotent)."
                    + " `If-Match` is optional: when sent, it must be the ETag the newest version had. There is no body, but like"
                    + " every POST it needs a `Content-Type` (any, such as application/json): 415 without.")
    @APIResponse(responseCode = "200", description = "The quiz, as GET /quizzes/{id} now serves it",
            headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = QuizViews.QuizDetail.class)))
    @APIResponse(responseCode = "403", ref = "NotQuizOwner")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    @APIResponse(responseCode = "412", ref = "VersionConflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response restore(@Parameter(ref = "QuizId") @PathParam("id") String id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context Request request) {
        PublishedQuiz newest = ownership.newest(Caller.of(identity), id);
        publisher.restore(id, Preconditions.optional(newest, ifMatch, request, rendered));
        RenderedQuizzes.Rendered detail = rendered.detail(catalog.currentVersion(id).orElseThrow());
        return Response.ok(detail.body(), APPLICATION_JSON).tag(detail.etag()).build();
    }
}
