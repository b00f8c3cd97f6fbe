package dev.quizbank.lti.launch.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The platform's authentication response, posted by the browser (OIDC form_post)")
record LaunchForm(
        @Schema(required = true, name = "id_token", description = "The platform's signed launch") String idToken,
        @Schema(required = true, description = "The state the tool sent with the authentication request") String state,
        @Schema(name = "lti_storage_binding", description = "The state's binding as read back from the platform's storage")
        String storedBinding) {

    static LaunchForm of(Map<String, String> form) {
        return new LaunchForm(form.get("id_token"), form.get("state"), form.get("lti_storage_binding"));
    }
}
