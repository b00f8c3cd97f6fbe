package dev.quizbank.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.JDBCConnectionException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * A request that needs the database while it cannot be reached is answered with 503 and
 * Retry-After, never 500: the client did nothing wrong and may simply retry.
 */
@ApplicationScoped
public class DatabaseUnavailable implements ProblemPostProcessor {

    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public int priority() {
        return ProblemChain.DATABASE_UNAVAILABLE;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() < 500 || !unreachable(context.cause)) {
            return problem;
        }
        return Problems.builder(ProblemType.DATABASE_UNAVAILABLE, "The database cannot be reached right now; retry shortly.")
                .withInstance(problem.getInstance())
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    private static boolean unreachable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // Agroal's pool reports a connection it could not get in time with a plain SQLException and
            // no SQL state: only its text tells it apart. DatabaseOutageIT pins it.
            if (t instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), and a server shutting down or starting up. */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
