package dev.quizbank.lti.launch.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_FORM_URLENCODED;
import static jakarta.ws.rs.core.MediaType.TEXT_HTML;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.quizbank.lti.LtiConfig;
import dev.quizbank.lti.ToolUrl;
import dev.quizbank.lti.launch.LaunchRefused;
import dev.quizbank.lti.launch.Launches;
import dev.quizbank.lti.launch.LoginRequest;

/** The platform's third-party login initiation, answered with the authentication request (LTI Core §4.1). */
@Path("/lti/login")
@Produces(TEXT_HTML)
@Tag(name = "LTI")
public class LoginResource {

    private final Launches launches;
    private final LtiConfig config;

    LoginResource(Launches launches, LtiConfig config) {
        this.launches = launches;
        this.config = config;
    }

    @GET
    @Operation(operationId = "ltiLoginByGet", summary = "Login initiation by a platform (query parameters)")
    @APIResponse(responseCode = "302", description = "To the platform's authentication request; the state cookie is set",
            headers = @Header(name = "Location"))
    @APIResponse(responseCode = "200", description = "A page that keeps the state in the platform's storage, then goes on")
    @APIResponse(responseCode = "400", ref = "LtiLaunchRefused")
    public Response get(@QueryParam("iss") String iss, @QueryParam("login_hint") String loginHint,
            @QueryParam("target_link_uri") String targetLinkUri, @QueryParam("lti_message_hint") String messageHint,
            @QueryParam("client_id") String clientId, @QueryParam("lti_deployment_id") String deploymentId,
            @QueryParam("lti_storage_target") String storageTarget, @Context UriInfo uri) {
        return login(iss, loginHint, targetLinkUri, messageHint, clientId, deploymentId, storageTarget, uri);
    }

    @POST
    @Consumes(APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "ltiLoginByPost", summary = "Login initiation by a platform (form post)")
    @APIResponse(responseCode = "302", description = "To the platform's authentication request; the state cookie is set",
            headers = @Header(name = "Location"))
    @APIResponse(responseCode = "200", description = "A page that keeps the state in the platform's storage, then goes on")
    @APIResponse(responseCode = "400", ref = "LtiLaunchRefused")
    public Response post(@RequestBody(content = @Content(mediaType = APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = LoginForm.class))) String body, @Context UriInfo uri) {
        LoginForm form = LoginForm.of(FormBody.parse(body));
        return login(form.iss(), form.loginHint(), form.targetLinkUri(), form.messageHint(), form.clientId(), form.deploymentId(),
                form.storageTarget(), uri);
    }

    private Response login(String iss, String loginHint, String targetLinkUri, String messageHint, String clientId,
            String deploymentId, String storageTarget, UriInfo uri) {
        java.util.stream.Stream.of(iss, loginHint, targetLinkUri, messageHint, clientId, deploymentId, storageTarget)
                .forEach(FormBody::requireText);
        if (blank(iss) || blank(loginHint) || blank(targetLinkUri)) {
            throw new LaunchRefused("A login initiation needs iss, login_hint and target_link_uri.");
        }
        LoginRequest request = new LoginRequest(iss, loginHint, targetLinkUri, present(messageHint), present(clientId),
                present(deploymentId), present(storageTarget));
        Launches.LoginStarted started = launches.login(request, ToolUrl.launch(config, uri), query(request));
        NewCookie binding = new NewCookie.Builder(LaunchPages.cookie(started.state())).value(started.binding()).path("/lti/launch")
                .maxAge((int) config.launch().stateLifetime().toSeconds()).httpOnly(true).secure(true)
                .sameSite(NewCookie.SameSite.NONE).build();
        if (started.storageTarget().isPresent()) {
            return LaunchPages.answer(200, LaunchPages.storeBinding(started)).cookie(binding).build();
        }
        return Response.status(Response.Status.FOUND).location(started.authRequest()).cookie(binding)
                .header("Cache-Control", "no-store").build();
    }

    /** The initiation again, for starting over in a new window. */
    private static String query(LoginRequest request) {
        StringBuilder query = new StringBuilder();
        BiConsumer<String, Optional<String>> add = (name, value) -> value.ifPresent(text -> query.append(query.isEmpty() ? "" : "&")
                .append(name).append('=').append(URLEncoder.encode(text, StandardCharsets.UTF_8)));
        add.accept("iss", Optional.of(request.issuer()));
        add.accept("login_hint", Optional.of(request.loginHint()));
        add.accept("target_link_uri", Optional.of(request.targetLinkUri()));
        add.accept("lti_message_hint", request.messageHint());
        add.accept("client_id", request.clientId());
        add.accept("lti_deployment_id", request.deploymentId());
        return query.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Optional<String> present(String value) {
        return blank(value) ? Optional.empty() : Optional.of(value);
    }
}
