package dev.quizbank.problem;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * Gives every problem the members the contract promises: a {@code type} (RFC 9457's
 * {@code about:blank} when the status says it all) and a {@code detail}.
 */
@ApplicationScoped
public class ProblemDefaults implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getType() != null && problem.getDetail() != null) {
            return problem;
        }
        boolean invalidInput = problem.getParameters().containsKey("violations");
        HttpProblem.Builder builder = HttpProblem.builder(problem);
        if (problem.getType() == null) {
            builder.withType(invalidInput ? Problems.INVALID_REQUEST : URI.create("about:blank"));
        }
        if (problem.getDetail() == null) {
            builder.withDetail(invalidInput ? "The request has invalid fields; see violations." : problem.getTitle() + ".");
        }
        return builder.build();
    }
}
