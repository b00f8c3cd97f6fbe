package dev.quizbank.lti.launch.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.quizbank.lti.launch.LaunchRefused;
import dev.quizbank.problem.ProblemChain;
import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;

/**
 * A refused login or launch: a page that says why to the person in the platform's frame, or a problem to a client
 * that asks for JSON. Either way no cookie is set and no code is made.
 */
public class LaunchProblems {

    @ServerExceptionMapper
    public Response refused(LaunchRefused e, HttpHeaders headers, UriInfo uri) {
        boolean json = headers.getAcceptableMediaTypes().stream().anyMatch(type -> !type.isWildcardType()
                && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || "problem+json".equals(type.getSubtype())));
        if (json) {
            return ProblemChain.answer(Problems.of(ProblemType.LTI_LAUNCH_REFUSED, e.getMessage()), e, uri);
        }
        return LaunchPages.answer(ProblemType.LTI_LAUNCH_REFUSED.status(), LaunchPages.refused(e.getMessage(), e.newWindow())).build();
    }
}
