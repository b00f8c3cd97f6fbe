package dev.quizbank.lti.platform.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.quizbank.lti.platform.Platform;

@Schema(description = "A registered platform (LMS)")
public record PlatformView(
        @Schema(description = "The registration's id in Quizbank", examples = "1") long id,
        @Schema(examples = "https://moodle.example.edu") String issuer,
        @Schema(examples = "qb-7Hk2") String clientId,
        @Schema(examples = "https://moodle.example.edu/mod/lti/auth.php") String authUrl,
        @Schema(examples = "https://moodle.example.edu/mod/lti/token.php") String tokenUrl,
        @Schema(examples = "https://moodle.example.edu/mod/lti/certs.php") String jwksUrl,
        @Schema(examples = "[\"1\"]") List<String> deploymentIds) {

    static PlatformView of(Platform platform) {
        return new PlatformView(platform.id, platform.issuer, platform.clientId, platform.authUrl, platform.tokenUrl,
                platform.jwksUrl, List.copyOf(platform.deploymentIds));
    }
}
