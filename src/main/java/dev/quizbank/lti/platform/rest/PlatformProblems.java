package dev.quizbank.lti.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.quizbank.lti.platform.PlatformExists;
import dev.quizbank.problem.ProblemChain;
import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;

/** How the refusals of the platform registry read to a client. */
public class PlatformProblems {

    @ServerExceptionMapper
    public Response exists(PlatformExists e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.PLATFORM_EXISTS, "This issuer and client id are registered already,"
                + " as /lti/platforms/" + e.id() + "; add deployments there."), e, uri);
    }
}
