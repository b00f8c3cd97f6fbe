package dev.quizbank.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * Logs each refused request in one short line, never echoing what the client sent: a client that
 * sends thousands of bad requests must not be able to fill the log. Server errors keep the
 * extension's full log entry.
 */
@ApplicationScoped
public class ProblemLog implements ProblemPostProcessor {

    private static final Logger LOG = Logger.getLogger(ProblemLog.class);

    @Override
    public int priority() {
        return ProblemChain.LOG;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() < 500 && LOG.isInfoEnabled()) {
            Object violations = problem.getParameters().get("violationCount");
            if (violations == null && problem.getParameters().get("violations") instanceof List<?> list) {
                violations = list.size();
            }
            String path = context.path == null || context.path.length() <= 200 ? context.path
                    : context.path.substring(0, 200) + "...";
            LOG.infof("Refused %s: %d %s%s", path, problem.getStatusCode(), problem.getType(),
                    violations == null ? "" : " (" + violations + " violations)");
        }
        return problem;
    }
}
