package dev.quizbank.lti.launch.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A platform's login initiation (LTI Core 1.3 §4.1)")
record LoginForm(
        @Schema(required = true, description = "The platform's issuer") String iss,
        @Schema(required = true, name = "login_hint") String loginHint,
        @Schema(required = true, name = "target_link_uri", description = "Must be this tool's launch URL") String targetLinkUri,
        @Schema(name = "lti_message_hint", description = "Sent back unchanged") String messageHint,
        @Schema(name = "client_id", description = "With iss, names the registration") String clientId,
        @Schema(name = "lti_deployment_id") String deploymentId,
        @Schema(name = "lti_storage_target", description = "The frame of the platform's postMessage storage") String storageTarget) {

    static LoginForm of(Map<String, String> form) {
        return new LoginForm(form.get("iss"), form.get("login_hint"), form.get("target_link_uri"), form.get("lti_message_hint"),
                form.get("client_id"), form.get("lti_deployment_id"), form.get("lti_storage_target"));
    }
}
