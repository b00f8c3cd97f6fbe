package dev.quizbank.identity;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.quizbank.problem.ProblemChain;
import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

/**
 * 401 as problems with the Bearer challenge (a 403 for a missing role is typed in ProblemDefaults). A
 * token that fails verification is refused before any resource runs, never treated as anonymous.
 * The problem extension's own 401 mappers fail on this Quarkus version, so these take precedence. They
 * skip the post-processors (see ProblemChain): a 401 has no {@code instance}.
 */
public class AuthProblems {

    static final String CHALLENGE = "Bearer";

    public static HttpProblem unauthorized(String detail) {
        return Problems.builder(ProblemType.UNAUTHORIZED, detail).withHeader("WWW-Authenticate", CHALLENGE).build();
    }

    /** Quarkus has already set the challenge header on the response of a token that failed verification. */
    @ServerExceptionMapper(priority = ProblemChain.AHEAD_OF_EXTENSION)
    public Response failed(AuthenticationFailedException e, UriInfo uri) {
        return Problems.of(ProblemType.UNAUTHORIZED, "The bearer token is not valid: malformed, expired, not yet valid,"
                + " from another issuer, wrongly signed or without a subject.").toResponse();
    }

    @ServerExceptionMapper(priority = ProblemChain.AHEAD_OF_EXTENSION)
    public Response anonymous(UnauthorizedException e, UriInfo uri) {
        return unauthorized("This operation needs a bearer token with role learner or author.").toResponse();
    }
}
