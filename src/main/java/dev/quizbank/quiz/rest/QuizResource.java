package dev.quizbank.quiz.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.quizbank.http.Paging;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;
import io.smallrye.common.annotation.NonBlocking;

/**
 * Published versions never change, so the current ones are served from memory. The plain reads of a
 * quiz and its questions are answered before they reach here, by {@link QuizReadRoute}; these methods
 * document them and answer every other request, on a worker thread, since an older version may have
 * to be loaded from the database first. What {@code get} and {@code questions} declare, the route must
 * honour too ({@link ReadRouteContract}).
 */
@Path("/quizzes")
@Produces(APPLICATION_JSON)
@Tag(name = "Quizzes", description = "Published quiz content, with the answers withheld")
public class QuizResource {

    private final QuizCatalog catalog;
    private final RenderedQuizzes rendered;

    QuizResource(QuizCatalog catalog, RenderedQuizzes rendered) {
        this.catalog = catalog;
        this.rendered = rendered;
    }

    @GET
    @NonBlocking
    @Operation(operationId = "listQuizzes", summary = "List quizzes", description = "The current version of each quiz, ordered by id, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of quizzes",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = QuizViews.QuizPage.class),
                    examples = @ExampleObject(name = "quizzes", value = Examples.QUIZ_PAGE)))
    @APIResponse(responseCode = "400", ref = "InvalidPage")
    public QuizViews.QuizPage list(
            @Parameter(ref = "Page") @QueryParam("page") @DefaultValue("0") @Pattern(regexp = Paging.PAGE, message = Paging.PAGE_MESSAGE) String page,
            @Parameter(ref = "Size") @QueryParam("size") @DefaultValue("20") @Pattern(regexp = Paging.SIZE, message = Paging.SIZE_MESSAGE) String size) {
        int pageNumber = Integer.parseInt(page);
        int pageSize = Integer.parseInt(size);
        List<PublishedQuiz> all = catalog.currentQuizzes();
        List<QuizViews.QuizSummary> items = all.stream()
                .skip((long) pageNumber * pageSize)
                .limit(pageSize)
                .map(QuizViews.QuizSummary::of)
                .toList();
        return new QuizViews.QuizPage(items, pageNumber, pageSize, all.size());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQuiz", summary = "Get a quiz", description = "A quiz version with its scoring guide; the current version unless `version` names an earlier one.")
    @APIResponse(responseCode = "200", description = "The quiz",
            headers = {@Header(name = HttpHeaders.ETAG, ref = "ETag"), @Header(name = HttpHeaders.CACHE_CONTROL, ref = "Cache-Control")},
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = QuizViews.QuizDetail.class),
                    examples = @ExampleObject(name = "quiz", value = Examples.QUIZ_DETAIL)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidVersion")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    public Response get(
            @Valid @BeanParam QuizVersionParams quiz,
            @Parameter(ref = "IfNoneMatch") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return conditional(ifNoneMatch, acceptEncoding, rendered.detail(find(quiz)), quiz.version() != null);
    }

    @GET
    @Path("{id}/questions")
    @Operation(operationId = "getQuizQuestions", summary = "Get the questions of a quiz",
            description = "Questions in number order with their choices in source order. Answers and explanations are withheld.")
    @APIResponse(responseCode = "200", description = "The questions",
            headers = {@Header(name = HttpHeaders.ETAG, ref = "ETag"), @Header(name = HttpHeaders.CACHE_CONTROL, ref = "Cache-Control")},
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = QuizViews.QuizQuestions.class),
                    examples = @ExampleObject(name = "questions", value = Examples.QUIZ_QUESTIONS)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidVersion")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    public Response questions(
            @Valid @BeanParam QuizVersionParams quiz,
            @Parameter(ref = "IfNoneMatch") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return conditional(ifNoneMatch, acceptEncoding, rendered.questions(find(quiz)), quiz.version() != null);
    }

    private PublishedQuiz find(QuizVersionParams quiz) {
        return catalog.require(quiz.id(), quiz.versionNumber());
    }

    private static Response conditional(String ifNoneMatch, String acceptEncoding, RenderedQuizzes.Rendered view, boolean pinned) {
        RenderedQuizzes.Reply reply = RenderedQuizzes.Reply.of(view, pinned, ifNoneMatch, acceptEncoding);
        Response.ResponseBuilder response = reply.notModified() ? Response.notModified() : Response.ok(reply.body(), APPLICATION_JSON);
        if (reply.gzipped()) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.header(HttpHeaders.ETAG, reply.etag()).header(HttpHeaders.CACHE_CONTROL, reply.cacheControl())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }
}
