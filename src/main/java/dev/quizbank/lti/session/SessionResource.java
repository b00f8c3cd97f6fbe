package dev.quizbank.lti.session;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;

/** The web client's trade of a launch's one-time code for a bearer token: no cookie is left for the API to depend on. */
@Path("/lti/session")
@Produces(APPLICATION_JSON)
@Tag(name = "LTI")
public class SessionResource {

    @Schema(description = "A launch's one-time code, from the fragment of the page the launch opened")
    public record CodeTrade(@Schema(examples = "x3Yq9W…") @NotNull @Size(min = 1, max = 100) String code) {
    }

    @Schema(description = "A bearer token for the person a launch named, and where the launch leads")
    public record LtiSession(
            @Schema(required = true, description = "Send as Authorization: Bearer") String token,
            @Schema(required = true, description = "When the token expires") Instant expiresAt,
            @Schema(required = true, description = "learner or author") String role,
            @Schema(required = true, description = "LtiResourceLinkRequest or LtiDeepLinkingRequest") String messageType,
            @Schema(description = "The quiz the resource link names (custom quiz_id); absent when it names none")
            @JsonInclude(JsonInclude.Include.NON_NULL) String quizId,
            @Schema(required = true, description = "The launch's id, also the token's launch claim") String launch) {
    }

    private final Sessions sessions;

    SessionResource(Sessions sessions) {
        this.sessions = sessions;
    }

    @POST
    @Consumes(APPLICATION_JSON)
    @Operation(operationId = "tradeLtiCode", summary = "Trade a launch's one-time code for a Quizbank bearer token")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "400", ref = "LtiLaunchRefused")
    public LtiSession trade(@Valid @NotNull CodeTrade trade) {
        Sessions.Started started = sessions.trade(trade.code()).orElseThrow(() -> Problems.of(
                ProblemType.LTI_LAUNCH_REFUSED, "The code is unknown, used already or expired: launch again from the course."));
        LaunchRecord launch = started.launch();
        return new LtiSession(started.session().token(), started.session().expiresAt(), launch.role(), launch.messageType(),
                launch.quizId().orElse(null), launch.id().toString());
    }
}
