package dev.quizbank.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;

/**
 * Gives every problem the members the contract promises: a {@code type} (RFC 9457's
 * {@code about:blank} when the status says it all) and a {@code detail}.
 */
@ApplicationScoped
public class ProblemDefaults implements ProblemPostProcessor {

    /** Details for what the framework refuses before any code of ours runs; its own read "HTTP 404 Not Found". */
    private static final Map<Integer, String> FRAMEWORK_DETAILS = Map.of(
            404, "Nothing is served at this path; the API is described at /q/openapi.",
            405, "This path does not take this method; the API is described at /q/openapi.",
            406, "The API answers with application/json.",
            415, "Send the request body as application/json.");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        boolean invalidInput = problem.getParameters().containsKey("violations");
        boolean frameworkDetail = problem.getDetail() == null || problem.getDetail().startsWith("HTTP ")
                || problem.getStatusCode() == 415;
        if (problem.getType() != null && !frameworkDetail && !invalidInput) {
            return problem;
        }
        HttpProblem.Builder builder = HttpProblem.builder(problem);
        if (invalidInput) {
            builder.with("violations", readable((List<?>) problem.getParameters().get("violations")));
        }
        if (problem.getType() == null) {
            builder.withType(invalidInput ? Problems.INVALID_REQUEST : URI.create("about:blank"));
        }
        if (frameworkDetail) {
            builder.withDetail(invalidInput ? "The request has invalid fields; see violations."
                    : FRAMEWORK_DETAILS.getOrDefault(problem.getStatusCode(), problem.getTitle() + "."));
        }
        return builder.build();
    }

    /** Bean Validation names list elements and whole bodies in ways no API client should see. */
    private static List<Problems.Violation> readable(List<?> violations) {
        return violations.stream().map(v -> v instanceof Violation bv
                ? new Problems.Violation(bv.field.isEmpty() ? "body" : bv.field.replace(".<list element>", ""), bv.in,
                        bv.message)
                : (Problems.Violation) v).toList();
    }
}
