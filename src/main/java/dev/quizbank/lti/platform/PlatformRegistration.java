package dev.quizbank.lti.platform;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A platform (LMS) to register: what its administrator reads off its tool registration page")
public record PlatformRegistration(
        @Schema(description = "The platform's issuer (iss of its id_tokens), exactly", examples = "https://moodle.example.edu")
        @NotNull @Size(min = 1, max = 2048) @Pattern(regexp = PlatformRegistration.URL, message = "must be an http(s) URL") String issuer,
        @Schema(description = "The client id the platform gave the tool", examples = "qb-7Hk2")
        @NotNull @Size(min = 1, max = 255) @Pattern(regexp = "[^\\s\\x00-\\x1f\\x7f]+", message = "must not contain spaces or control characters") String clientId,
        @Schema(description = "OIDC authentication request URL", examples = "https://moodle.example.edu/mod/lti/auth.php")
        @NotNull @Size(max = 2048) @Pattern(regexp = PlatformRegistration.URL, message = "must be an http(s) URL") String authUrl,
        @Schema(description = "OAuth 2 access token URL (for grades)", examples = "https://moodle.example.edu/mod/lti/token.php")
        @NotNull @Size(max = 2048) @Pattern(regexp = PlatformRegistration.URL, message = "must be an http(s) URL") String tokenUrl,
        @Schema(description = "The platform's public keyset URL", examples = "https://moodle.example.edu/mod/lti/certs.php")
        @NotNull @Size(max = 2048) @Pattern(regexp = PlatformRegistration.URL, message = "must be an http(s) URL") String jwksUrl,
        @Schema(description = "Deployment ids the platform may launch with", examples = "[\"1\"]")
        @Size(max = 100) List<@NotNull @Size(min = 1, max = 255) @Pattern(regexp = "[^\\x00-\\x1f\\x7f]+",
                message = "must not contain control characters") String> deploymentIds) {

    static final String URL = "https?://[^\\s\\x00-\\x1f\\x7f/?#]+[^\\s\\x00-\\x1f\\x7f]*";

    public List<String> deployments() {
        return deploymentIds == null ? List.of() : deploymentIds;
    }
}
