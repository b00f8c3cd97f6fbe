package dev.quizbank.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;

/**
 * Gives every problem the members the contract promises: a {@code type} (RFC 9457's
 * {@code about:blank} when the status says it all) and a {@code detail}; and keeps a problem small
 * whatever the request: at most {@value #MAX_VIOLATIONS} violations, then {@code truncated} and
 * {@code violationCount}.
 */
@ApplicationScoped
public class ProblemDefaults implements ProblemPostProcessor {

    static final int MAX_VIOLATIONS = 100;

    /** Details for what the framework refuses before any code of ours runs; its own read "HTTP 404 Not Found". */
    private static final Map<Integer, String> FRAMEWORK_DETAILS = Map.of(
            404, "Nothing is served at this path; the API is described at /q/openapi.",
            405, "This path does not take this method; the API is described at /q/openapi.",
            406, "This operation answers with application/json; name it in Accept, or send none.",
            415, "Send the request body as application/json.");

    @Override
    public int priority() {
        return ProblemChain.DEFAULTS;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        boolean invalidInput = problem.getParameters().containsKey("violations");
        // The framework's own refusals (unknown path, method, media type) speak of its annotations.
        boolean frameworkDetail = problem.getDetail() == null || context.cause instanceof WebApplicationException;
        // A role check that fails (@RolesAllowed) reaches us as an untyped 403.
        boolean refusedRole = problem.getStatusCode() == 403
                && (problem.getType() == null || problem.getType().equals(ProblemType.ABOUT_BLANK));
        if (refusedRole) {
            return HttpProblem.builder(problem).withType(ProblemType.FORBIDDEN.uri())
                    .withDetail("The token has not the role this operation needs.").build();
        }
        if (problem.getType() != null && !frameworkDetail && !invalidInput) {
            return problem;
        }
        HttpProblem.Builder builder = HttpProblem.builder(problem);
        if (invalidInput) {
            List<?> violations = (List<?>) problem.getParameters().get("violations");
            List<Problems.Violation> all = readable(violations, BeanParamPlaces.of(context.cause));
            builder.with("violations", all.subList(0, Math.min(all.size(), MAX_VIOLATIONS)));
            if (violations.size() > MAX_VIOLATIONS) {
                builder.with("truncated", true).with("violationCount", violations.size());
            }
        }
        if (problem.getType() == null) {
            builder.withType(invalidInput ? ProblemType.INVALID_REQUEST.uri() : ProblemType.ABOUT_BLANK);
        }
        if (frameworkDetail) {
            builder.withDetail(invalidInput ? "The request has invalid fields; see violations."
                    : FRAMEWORK_DETAILS.getOrDefault(problem.getStatusCode(), problem.getTitle() + "."));
        }
        return builder.build();
    }

    /**
     * Bean Validation names list elements and whole bodies in ways no API client should see, and reports its
     * violations in the order of a set, which differs from run to run: they are sorted by field, so that the
     * same request always gets the same answer. The service's own violations keep the order they were found in.
     */
    private static List<Problems.Violation> readable(List<?> violations, Map<String, String> beanParamPlaces) {
        if (violations.stream().noneMatch(Violation.class::isInstance)) {
            return violations.stream().map(Problems.Violation.class::cast).toList();
        }
        return violations.stream().map(v -> v instanceof Violation bv
                ? new Problems.Violation(bv.field.isEmpty() ? "body" : bv.field.replace(".<list element>", ""),
                        bv.in.equals("body") ? beanParamPlaces.getOrDefault(bv.field, bv.in) : bv.in,
                        bv.message)
                : (Problems.Violation) v)
                .sorted(Comparator.comparing(Problems.Violation::field).thenComparing(Problems.Violation::message)).toList();
    }
}
