package dev.quizbank.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The RFC 9457 problems this service answers with, beyond the ones the extension maps for it. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final URI INVALID_REQUEST = URI.create("/problems/invalid-request");

    private Problems() {
    }

    @Schema(description = "One offending field of a request")
    public record Violation(
            @Schema(description = "Path of the field in the request", examples = "answers[3].choice") String field,
            @Schema(description = "Where the field is: body, query, path or header", examples = "body") String in,
            @Schema(examples = "E is not a choice of question 4 (A, B, C, D)") String message) {
    }

    public static HttpProblem notFound(String detail) {
        return HttpProblem.builder()
                .withType(URI.create("/problems/not-found"))
                .withStatus(404)
                .withTitle("Not Found")
                .withDetail(detail)
                .build();
    }

    public static HttpProblem badRequest(String detail, List<Violation> violations) {
        return HttpProblem.builder()
                .withType(INVALID_REQUEST)
                .withStatus(400)
                .withTitle("Bad Request")
                .withDetail(detail)
                .with("violations", violations)
                .build();
    }

    public static HttpProblem conflict(URI type, String detail) {
        return HttpProblem.builder()
                .withType(type)
                .withStatus(409)
                .withTitle("Conflict")
                .withDetail(detail)
                .build();
    }

    public static HttpProblem unprocessable(URI type, String detail) {
        return HttpProblem.builder()
                .withType(type)
                .withStatus(422)
                .withTitle("Unprocessable Content")
                .withDetail(detail)
                .build();
    }

    public static HttpProblem unprocessable(String detail, List<Violation> violations) {
        return HttpProblem.builder()
                .withType(INVALID_REQUEST)
                .withStatus(422)
                .withTitle("Unprocessable Content")
                .withDetail(detail)
                .with("violations", violations)
                .build();
    }
}
