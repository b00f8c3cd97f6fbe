package dev.quizbank.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** The one builder of this service's RFC 9457 problems; their types are the {@link ProblemType}s. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    @Schema(description = "One offending field of a request")
    public record Violation(
            @Schema(description = "Path of the field in the request", examples = "answers[3].choice") String field,
            @Schema(description = "Where the field is: body, query, path or header", examples = "body") String in,
            @Schema(examples = "E is not a choice of question 4 (A, B, C, D)") String message) {
    }

    public static HttpProblem of(ProblemType type, String detail) {
        return builder(type, detail).build();
    }

    public static HttpProblem.Builder builder(ProblemType type, String detail) {
        return HttpProblem.builder().withType(type.uri()).withStatus(type.status()).withTitle(type.title())
                .withDetail(detail);
    }

    public static HttpProblem withViolations(ProblemType type, String detail, List<Violation> violations) {
        return builder(type, detail).with("violations", violations).build();
    }

    /** A refusal that its status says all about ({@code about:blank}), such as 408 or 413. */
    public static HttpProblem ofStatus(int status, String detail) {
        String title = switch (status) {
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            default -> HttpResponseStatus.valueOf(status).reasonPhrase();
        };
        return HttpProblem.builder().withType(ProblemType.ABOUT_BLANK).withStatus(status).withTitle(title)
                .withDetail(detail).build();
    }

    public static HttpProblem notFound(String detail) {
        return of(ProblemType.NOT_FOUND, detail);
    }

    public static HttpProblem badRequest(String detail, List<Violation> violations) {
        return withViolations(ProblemType.INVALID_REQUEST, detail, violations);
    }

    public static HttpProblem unprocessable(String detail, List<Violation> violations) {
        return withViolations(ProblemType.UNPROCESSABLE, detail, violations);
    }

    static URI typeOf(HttpProblem problem) {
        return problem.getType() == null ? ProblemType.ABOUT_BLANK : problem.getType();
    }
}
