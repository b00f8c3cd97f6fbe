package dev.quizbank.quiz.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.quizbank.identity.Caller;
import dev.quizbank.problem.Problems;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.format.QuizRules;
import dev.quizbank.quiz.format.QuizSource;
import dev.quizbank.quiz.format.SourceFormat;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.PublishingTurns;
import dev.quizbank.quiz.service.QuizCatalog;
import dev.quizbank.quiz.service.QuizHistory;
import dev.quizbank.quiz.service.QuizOwnership;
import dev.quizbank.quiz.service.QuizPublisher;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Authors publish, edit and export quizzes (RetirementResource retires and restores them); every edit
 * names the version it builds on with If-Match. Only a quiz's owners and role admin edit or export it.
 */
@Path("/quizzes")
@RolesAllowed({Caller.AUTHOR, Caller.ADMIN})
@SecurityRequirement(name = "bearer")
@Tag(name = "Authoring", description = "Publishing, editing, retiring and exporting quizzes (role author or admin; a quiz's owners and admin manage it)")
public class AuthoringResource {

    private static final String MARKDOWN = SourceFormat.Types.MARKDOWN;
    private static final String GIFT = SourceFormat.Types.GIFT;
    private static final String MOODLE_XML = SourceFormat.Types.MOODLE_XML;
    private static final String QTI = SourceFormat.Types.QTI;

    private final QuizPublisher publisher;
    private final PublishingTurns turns;
    private final QuizCatalog catalog;
    private final QuizHistory history;
    private final QuizOwnership ownership;
    private final RenderedQuizzes rendered;
    private final SecurityIdentity identity;

    AuthoringResource(QuizPublisher publisher, PublishingTurns turns, QuizCatalog catalog, QuizHistory history, QuizOwnership ownership,
            RenderedQuizzes rendered, SecurityIdentity identity) {
        this.turns = turns;
        this.publisher = publisher;
        this.catalog = catalog;
        this.history = history;
        this.ownership = ownership;
        this.rendered = rendered;
        this.identity = identity;
    }

    @POST
    @Consumes({MARKDOWN, APPLICATION_JSON, GIFT})
    @Produces(APPLICATION_JSON)
    @Operation(operationId = "createQuiz", summary = "Publish a new quiz",
            description = "Role author or admin. The id comes from the document (JSON `id`, the native front matter) or `?id=`."
                    + " The quiz belongs to its publisher (the token's `sub`) and the authors its `settings.owners` lists.")
    @RequestBody(ref = "QuizSource")
    @APIResponse(responseCode = "201", description = "Published as version 1",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "/quizzes/{id}", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, ref = "ETag")},
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = QuizViews.QuizDetail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "QuizExists")
    @APIResponse(responseCode = "422", ref = "InvalidSource")
    @APIResponse(responseCode = "503", ref = "PublishingUnavailable")
    public Response create(
            @Parameter(description = "The quiz id, when the document names none", example = "chapter-21")
            @QueryParam("id") @Pattern(regexp = QuizRules.ID_PATTERN, message = "must be a slug of a-z, 0-9 and '-' (at most 64)") String id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType, byte[] body) {
        return turns.during(() -> created(id, contentType, body));
    }

    private Response created(String id, MediaType contentType, byte[] body) {
        QuizSource source = SourceBodies.read(contentType, body, id);
        if (source.id() == null) {
            throw Problems.unprocessable("The quiz needs an id.", List.of(new Problems.Violation("id", "query",
                    "name the id in the document or with ?id=")));
        }
        PublishedQuiz quiz = publisher.create(source, author());
        RenderedQuizzes.Rendered detail = rendered.detail(quiz);
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, "/quizzes/" + quiz.id())
                .entity(detail.body()).type(APPLICATION_JSON).tag(detail.etag()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes({MARKDOWN, APPLICATION_JSON, GIFT})
    @Produces(APPLICATION_JSON)
    @Operation(operationId = "updateQuiz", summary = "Publish the next version of a quiz",
            description = "The quiz's owners and role admin. `If-Match` names the version the edit builds on; a document equal to it"
                    + " publishes nothing. A document that states no settings (GIFT never does) keeps the quiz's own, its owners and"
                    + " pools included; a 422 names a pool that names a question the document no longer has.")
    @RequestBody(ref = "QuizSource")
    @APIResponse(responseCode = "200", description = "The quiz's current version: the next one, or the same when nothing changed",
            headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = QuizViews.QuizDetail.class)))
    @APIResponse(responseCode = "403", ref = "NotQuizOwner")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    @APIResponse(responseCode = "412", ref = "VersionConflict")
    @APIResponse(responseCode = "422", ref = "InvalidSource")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "503", ref = "PublishingUnavailable")
    public Response update(@Parameter(ref = "QuizId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context Request request,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType, byte[] body) {
        return turns.during(() -> updated(id, ifMatch, request, contentType, body));
    }

    private Response updated(String id, String ifMatch, Request request, MediaType contentType, byte[] body) {
        PublishedQuiz current = managed(id);
        int expected = Preconditions.required(current, ifMatch, request, rendered);
        QuizSource source = SourceBodies.read(contentType, body, id);
        if (SourceBodies.formatOf(contentType) == SourceFormat.GIFT) {
            source = withWhatGiftCannotState(source, current);
        }
        if (source.settings() == null) {
            source = withCurrentSettings(source, current);
        }
        QuizPublisher.Publication publication = publisher.update(id, expected, source, author());
        RenderedQuizzes.Rendered detail = rendered.detail(catalog.anyVersion(id, publication.version()).orElseThrow());
        return Response.ok(detail.body(), APPLICATION_JSON).tag(detail.etag()).build();
    }

    @GET
    @Path("{id}/versions")
    @Produces(APPLICATION_JSON)
    @Operation(operationId = "listQuizVersions", summary = "Who published which version, and when", description = "The quiz's owners and role admin. Oldest first.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = QuizViews.VersionInfo.class)))
    @APIResponse(responseCode = "403", ref = "NotQuizOwner")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    public List<QuizViews.VersionInfo> versions(@Parameter(ref = "QuizId") @PathParam("id") String id) {
        managed(id);
        return history.versions(id).stream().map(QuizViews.VersionInfo::of).toList();
    }

    @GET
    @Path("{id}/source")
    @Produces({MARKDOWN, APPLICATION_JSON, GIFT, MOODLE_XML, QTI})
    @Operation(operationId = "getQuizSource", summary = "Export a quiz version",
            description = "The quiz's owners and role admin. The format by `Accept`: the native document (the default), JSON, GIFT,"
                    + " Moodle XML or a QTI 3.0 package.")
    @APIResponse(responseCode = "200", description = "The source, with the answers and explanations",
            content = {@Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = APPLICATION_JSON, schema = @Schema(ref = "QuizSourceDocument")),
                    @Content(mediaType = GIFT, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MOODLE_XML, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = QTI, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", ref = "InvalidVersion")
    @APIResponse(responseCode = "403", ref = "NotQuizOwner")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    public Response source(@Valid @BeanParam QuizVersionParams pinned, @Context HttpHeaders headers) {
        managed(pinned.id());
        PublishedQuiz quiz = catalog.require(pinned.id(), pinned.versionNumber());
        SourceFormat format = SourceFormat.negotiate(headers.getAcceptableMediaTypes());
        byte[] body = format.write(new QuizSource(quiz.id(), quiz.settings(), quiz.content()));
        return Response.ok(body, format.mediaType() + (format.text() ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + quiz.id() + "-v" + quiz.version() + "." + format.extension() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /** The current version of a quiz the caller may manage: its owners and role admin only (QuizOwnership). */
    private PublishedQuiz managed(String id) {
        return ownership.current(Caller.of(identity), id);
    }

    /**
     * GIFT has no chapter, description or scoring guide: an edit in GIFT keeps the quiz's own (its
     * guide while the guide still fits the number of questions).
     */
    private static QuizSource withWhatGiftCannotState(QuizSource source, PublishedQuiz current) {
        QuizDocument edited = source.document();
        QuizDocument kept = current.content();
        List<QuizDocument.Band> guide = kept.maxScore().compareTo(edited.maxScore()) == 0 ? kept.scoringGuide() : List.of();
        return new QuizSource(source.id(), source.settings(), new QuizDocument(kept.chapter(), edited.title(),
                kept.description(), edited.questions(), guide));
    }

    /**
     * A document that states no settings (GIFT never does) keeps the quiz's own, while its pools still name
     * only questions the document has.
     */
    private static QuizSource withCurrentSettings(QuizSource source, PublishedQuiz current) {
        List<Problems.Violation> violations = QuizRules.kept(current.settings(), source.document()).stream()
                .map(v -> new Problems.Violation(v.place(), "body", v.message())).toList();
        if (!violations.isEmpty()) {
            throw Problems.unprocessable("The quiz's pools name questions the document does not have.", violations);
        }
        return new QuizSource(source.id(), current.settings(), source.document());
    }

    private String author() {
        return Caller.of(identity).subject().orElseThrow();
    }
}
