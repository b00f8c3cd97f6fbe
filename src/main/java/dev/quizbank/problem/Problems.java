package dev.quizbank.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The RFC 9457 problems this service answers with, beyond the ones the extension maps for it. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final URI INVALID_REQUEST = URI.create("/problems/invalid-request");
    private static final URI NOT_FOUND = URI.create("/problems/not-found");

    private Problems() {
    }

    @Schema(description = "One offending field of a request")
    public record Violation(
            @Schema(description = "Path of the field in the request", examples = "answers[3].choice") String field,
            @Schema(description = "Where the field is: body, query, path or header", examples = "body") String in,
            @Schema(examples = "E is not a choice of question 4 (A, B, C, D)") String message) {
    }

    public static HttpProblem notFound(String detail) {
        return problem(NOT_FOUND, 404, "Not Found", detail).build();
    }

    public static HttpProblem badRequest(String detail, List<Violation> violations) {
        return problem(INVALID_REQUEST, 400, "Bad Request", detail).with("violations", violations).build();
    }

    public static HttpProblem conflict(URI type, String detail) {
        return problem(type, 409, "Conflict", detail).build();
    }

    public static HttpProblem unprocessable(URI type, String detail) {
        return problem(type, 422, "Unprocessable Content", detail).build();
    }

    public static HttpProblem unprocessable(String detail, List<Violation> violations) {
        return problem(INVALID_REQUEST, 422, "Unprocessable Content", detail).with("violations", violations).build();
    }

    private static HttpProblem.Builder problem(URI type, int status, String title, String detail) {
        return HttpProblem.builder().withType(type).withStatus(status).withTitle(title).withDetail(detail);
    }
}
