package dev.quizbank.problem;

import java.net.URI;
import java.util.List;

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

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        boolean invalidInput = problem.getParameters().containsKey("violations");
        if (problem.getType() != null && problem.getDetail() != null && !invalidInput && problem.getStatusCode() != 415) {
            return problem;
        }
        HttpProblem.Builder builder = HttpProblem.builder(problem);
        if (invalidInput) {
            builder.with("violations", readable((List<?>) problem.getParameters().get("violations")));
        }
        if (problem.getType() == null) {
            builder.withType(invalidInput ? Problems.INVALID_REQUEST : URI.create("about:blank"));
        }
        if (problem.getStatusCode() == 415) {
            builder.withDetail("Send the request body as application/json.");
        } else if (problem.getDetail() == null) {
            builder.withDetail(invalidInput ? "The request has invalid fields; see violations." : problem.getTitle() + ".");
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
