package dev.quizbank.lti.platform.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A deployment of the tool on a registered platform")
public record NewDeployment(@Schema(description = "The platform's deployment_id", examples = "2")
        @NotNull @Size(min = 1, max = 255) String deploymentId) {
}
