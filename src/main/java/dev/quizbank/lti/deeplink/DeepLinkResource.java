package dev.quizbank.lti.deeplink;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.quizbank.identity.Caller;
import dev.quizbank.lti.LtiConfig;
import dev.quizbank.lti.ToolUrl;
import dev.quizbank.lti.session.SessionTokens;
import dev.quizbank.problem.ProblemChain;
import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;

/** An instructor's choice in a deep linking launch, answered with the signed LtiDeepLinkingResponse for the browser to post back. */
@Path("/lti/deep-links")
@RolesAllowed(Caller.AUTHOR)
@SecurityRequirement(name = "bearer")
@Produces(APPLICATION_JSON)
@Tag(name = "LTI")
public class DeepLinkResource {

    @Schema(description = "The quiz to place in the course")
    public record Choice(@Schema(examples = "chapter-20") @NotNull @Size(min = 1, max = 100) @Pattern(regexp = "[a-z0-9-]+") String quizId) {
    }

    @Schema(description = "The signed answer, for the browser to post as form field JWT to returnUrl")
    public record DeepLinkAnswer(@Schema(required = true, description = "The platform's deep_link_return_url") String returnUrl,
            @Schema(required = true, description = "The LtiDeepLinkingResponse, signed with the tool's key (see /lti/jwks)") String jwt) {
    }

    private final DeepLinks deepLinks;
    private final LtiConfig config;
    private final JsonWebToken token;

    DeepLinkResource(DeepLinks deepLinks, LtiConfig config, JsonWebToken token) {
        this.deepLinks = deepLinks;
        this.config = config;
        this.token = token;
    }

    @POST
    @Consumes(APPLICATION_JSON)
    @Operation(operationId = "answerDeepLink", summary = "Place a quiz in the course of a deep linking launch (its session token)")
    @APIResponse(responseCode = "200", description = "The signed answer")
    @APIResponse(responseCode = "400", ref = "InvalidRegistration")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    public DeepLinkAnswer choose(@Valid @NotNull Choice choice, @jakarta.ws.rs.core.Context UriInfo uri) {
        UUID launch = token.<String>claim(SessionTokens.LAUNCH).map(DeepLinkResource::uuid).orElseThrow(NotADeepLinkingLaunch::new);
        DeepLinks.Answer answer = deepLinks.answer(launch, token.getSubject(), choice.quizId(), ToolUrl.launch(config, uri));
        return new DeepLinkAnswer(answer.returnUrl(), answer.jwt());
    }

    @ServerExceptionMapper
    public Response notADeepLink(NotADeepLinkingLaunch e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.FORBIDDEN, "Only the session of an instructor's deep linking launch"
                + " can place a quiz in a course."), e, uri);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotADeepLinkingLaunch();
        }
    }
}
