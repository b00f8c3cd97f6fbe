package dev.quizbank.statistics.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.quizbank.common.Digests;
import dev.quizbank.http.EntityTags;
import dev.quizbank.identity.Caller;
import dev.quizbank.quiz.rest.QuizVersionParams;
import dev.quizbank.quiz.service.QuizOwnership;
import dev.quizbank.statistics.AttemptSelection;
import dev.quizbank.statistics.HistogramSvg;
import dev.quizbank.statistics.ItemMapSvg;
import dev.quizbank.statistics.StatisticsCsv;
import dev.quizbank.statistics.StatisticsReport;
import dev.quizbank.statistics.Svg;
import dev.quizbank.statistics.service.QuizStatistics;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Item statistics for a quiz's owners and role admin: JSON, a CSV table, and two drawings. Computed on
 * a worker thread, never on the read path.
 */
@Path("/quizzes/{id}/statistics")
@RolesAllowed({Caller.AUTHOR, Caller.ADMIN})
@SecurityRequirement(name = "bearer")
@Tag(name = "Statistics", description = "Which questions work: Moodle's item statistics with confidence intervals (a quiz's owners and role admin)")
public class StatisticsResource {

    private static final String SVG = Svg.MEDIA_TYPE;
    private static final String ATTEMPTS = "all|first|last";

    private final QuizStatistics statistics;
    private final QuizOwnership ownership;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;

    StatisticsResource(QuizStatistics statistics, QuizOwnership ownership, SecurityIdentity identity, ObjectMapper mapper) {
        this.statistics = statistics;
        this.ownership = ownership;
        this.identity = identity;
        this.mapper = mapper;
    }

    @GET
    @Produces({APPLICATION_JSON, StatisticsCsv.MEDIA_TYPE})
    @Operation(operationId = "getQuizStatistics", summary = "Item statistics of a quiz version",
            description = "The quiz's owners and role admin. Every figure as docs/statistics.md in the repository defines it; null where it is undefined. With `Accept: text/csv`,"
                    + " the per-question table: one row per question and choice, with a header row.")
    @APIResponse(responseCode = "200", description = "The statistics", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = {@Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = StatisticsReport.class)),
                    @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified: no attempt has been added since")
    @APIResponse(responseCode = "400", ref = "InvalidVersion")
    @APIResponse(responseCode = "403", ref = "NotQuizOwner")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    @APIResponse(responseCode = "503", ref = "StatisticsUnavailable")
    public Response json(@Valid @BeanParam QuizVersionParams quiz,
            @Parameter(ref = "Attempts") @QueryParam("attempts") @DefaultValue("all") @Pattern(regexp = ATTEMPTS, message = "must be all, first or last") String attempts,
            @Parameter(ref = "IfNoneMatch") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpHeaders headers) {
        if (prefersCsv(headers)) {
            return answer(quiz, attempts, ifNoneMatch, StatisticsCsv.MEDIA_TYPE,
                    computed -> StatisticsCsv.write(computed.statistics().questions()));
        }
        return answer(quiz, attempts, ifNoneMatch, APPLICATION_JSON, computed -> json(StatisticsReport.of(
                computed.quiz().id(), computed.quiz().version(), computed.selection(), computed.statistics())));
    }

    /** JSON unless the client asks for CSV before it: {@code *}{@code /*} (curl's default) means JSON. */
    private static boolean prefersCsv(HttpHeaders headers) {
        MediaType csv = MediaType.valueOf(StatisticsCsv.MEDIA_TYPE);
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(csv)) {
                return true;
            }
        }
        return false;
    }

    @GET
    @Path("histogram")
    @Produces(SVG)
    @Operation(operationId = "getScoreHistogram", summary = "The score histogram, drawn", description = "The quiz's owners and role admin. An SVG image.")
    @APIResponse(responseCode = "200", description = "The drawing", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", ref = "InvalidVersion")
    @APIResponse(responseCode = "403", ref = "NotQuizOwner")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    @APIResponse(responseCode = "503", ref = "StatisticsUnavailable")
    public Response histogram(@Valid @BeanParam QuizVersionParams quiz,
            @Parameter(ref = "Attempts") @QueryParam("attempts") @DefaultValue("all") @Pattern(regexp = ATTEMPTS, message = "must be all, first or last") String attempts,
            @Parameter(ref = "IfNoneMatch") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(quiz, attempts, ifNoneMatch, SVG, computed -> HistogramSvg.render(
                "Scores of " + computed.quiz().id() + " version " + computed.quiz().version(), computed.statistics().score()));
    }

    @GET
    @Path("items")
    @Produces(SVG)
    @Operation(operationId = "getItemMap", summary = "The item map, drawn",
            description = "The quiz's owners and role admin. Facility against discrimination index per question, flagged questions marked; an SVG image.")
    @APIResponse(responseCode = "200", description = "The drawing", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", ref = "InvalidVersion")
    @APIResponse(responseCode = "403", ref = "NotQuizOwner")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    @APIResponse(responseCode = "503", ref = "StatisticsUnavailable")
    public Response items(@Valid @BeanParam QuizVersionParams quiz,
            @Parameter(ref = "Attempts") @QueryParam("attempts") @DefaultValue("all") @Pattern(regexp = ATTEMPTS, message = "must be all, first or last") String attempts,
            @Parameter(ref = "IfNoneMatch") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(quiz, attempts, ifNoneMatch, SVG, computed -> ItemMapSvg.render(
                "Item map of " + computed.quiz().id() + " version " + computed.quiz().version(), computed.statistics().questions()));
    }

    /** The figures change with every attempt, so the ETag is the digest of the representation itself. */
    private Response answer(QuizVersionParams quiz, String attempts, String ifNoneMatch, String mediaType,
            Function<QuizStatistics.Computed, String> render) {
        ownership.current(Caller.of(identity), quiz.id());
        byte[] body = statistics.compute(quiz.id(), quiz.versionNumber(), AttemptSelection.fromString(attempts),
                computed -> render.apply(computed).getBytes(StandardCharsets.UTF_8));
        EntityTag etag = new EntityTag(Digests.tag(body));
        Response.ResponseBuilder response = EntityTags.notModified(ifNoneMatch, etag)
                ? Response.notModified()
                : Response.ok(body, mediaType);
        return response.tag(etag).header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statistics did not serialise", e);
        }
    }
}
