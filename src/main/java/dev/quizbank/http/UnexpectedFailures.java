package dev.quizbank.http;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.quizbank.problem.ProblemWriter;
import dev.quizbank.problem.ProblemWriter.Connection;
import dev.quizbank.problem.Problems;
import io.quarkus.security.AuthenticationException;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What fails outside every mapper (an error thrown past Quarkus REST, such as running out of memory,
 * or a failure in a Vert.x route) is answered as a 500 problem like every other refusal, instead of
 * the framework's own body: the client learns an error id to quote, the log has the error itself.
 * {@link RouterFailures} answers the client errors the router meets first; this comes last but for
 * Quarkus's own handler, which is left what it maps itself (a refused token or role).
 */
@ApplicationScoped
public class UnexpectedFailures {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailures.class);

    private final ProblemWriter problems;

    UnexpectedFailures(ProblemWriter problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(RouteOrder.UNEXPECTED_FAILURES).failureHandler(this::answer);
    }

    void install(@Observes ManagementInterface management) {
        management.router().route().order(RouteOrder.UNEXPECTED_FAILURES).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        int status = context.statusCode();
        Throwable failure = context.failure();
        // A refused token or role is not unexpected: Quarkus's own handler hands it to AuthProblems.
        boolean refusedIdentity = failure instanceof AuthenticationException || failure instanceof SecurityException;
        if ((status >= 400 && status < 500) || refusedIdentity) {
            context.next();
            return;
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure answering %s %s, error id %s", context.request().method(),
                context.request().path(), errorId);
        if (context.response().headWritten()) {
            context.request().connection().close();
            return;
        }
        problems.send(context.response(), Problems.ofStatus(status >= 500 ? status : 500,
                "The service met an unexpected error; it is logged under the error id " + errorId + "."), null, Connection.KEEP);
    }
}
