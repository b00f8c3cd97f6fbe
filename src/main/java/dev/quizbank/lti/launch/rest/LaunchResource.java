package dev.quizbank.lti.launch.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_FORM_URLENCODED;
import static jakarta.ws.rs.core.MediaType.TEXT_HTML;

import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.quizbank.lti.launch.Launches;

/** The platform's authentication response: the id_token, checked, becomes a one-time code for the web client. */
@Path("/lti/launch")
@Produces(TEXT_HTML)
@Tag(name = "LTI")
public class LaunchResource {

    private final Launches launches;

    LaunchResource(Launches launches) {
        this.launches = launches;
    }

    @POST
    @Consumes(APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "ltiLaunch", summary = "Launch from a platform (form post of id_token and state)")
    @APIResponse(responseCode = "200", description = "A page that opens the web client with a one-time code (or first reads the"
            + " state's binding back from the platform's storage)")
    @APIResponse(responseCode = "400", ref = "LtiLaunchRefused")
    public Response launch(@RequestBody(content = @Content(mediaType = APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = LaunchForm.class))) String body, HttpHeaders headers) {
        LaunchForm form = LaunchForm.of(FormBody.parse(body));
        String idToken = form.idToken();
        String state = form.state();
        String storedBinding = form.storedBinding();
        Optional<String> cookie = Optional.ofNullable(state).map(LaunchPages::cookie).map(headers.getCookies()::get).map(Cookie::getValue);
        Launches.Outcome outcome = launches.launch(idToken, state, cookie, Optional.ofNullable(storedBinding));
        return switch (outcome) {
            case Launches.NeedsStoredBinding needs -> LaunchPages.answer(200, LaunchPages.readBinding(needs, idToken)).build();
            case Launches.Launched launched -> LaunchPages.answer(200, LaunchPages.launched(launched.code()))
                    .cookie(new NewCookie.Builder(LaunchPages.cookie(state)).value("").path("/lti/launch").maxAge(0).httpOnly(true)
                            .secure(true).sameSite(NewCookie.SameSite.NONE).build())
                    .build();
        };
    }
}
