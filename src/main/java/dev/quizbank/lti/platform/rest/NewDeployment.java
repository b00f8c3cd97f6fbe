package dev.quizbank.lti.platform.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A deployment of the tool on a registered platform")
public record NewDeployment(@Schema(description = "The platform's deployment_id", examples = "2")
        @NotNull @Size(min = 1, max = 255) @Pattern(regexp = "[^\\x00-\\x1f\\x7f]+", message = "must not contain control characters")
        String deploymentId) {
}
