package dev.quizbank.statistics.rest;

import java.net.URI;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;
import dev.quizbank.statistics.service.StatisticsBusy;

/** How the refusals of the statistics service read to a client. */
public class StatisticsProblems {

    private static final int BUSY_RETRY_AFTER_SECONDS = 2;

    /**
     * Too many at once is no fault of the client's, nor an error of the service's: a 503 to retry shortly,
     * answered without the post-processors (see ProblemChain), whose extension's own logs every 5xx with its stack trace.
     */
    @ServerExceptionMapper
    public Response busy(StatisticsBusy busy, UriInfo uri) {
        return Problems.builder(ProblemType.BUSY, "As many statistics as this service computes at once are being computed;"
                + " retry shortly.").withHeader("Retry-After", BUSY_RETRY_AFTER_SECONDS).withInstance(URI.create(uri.getPath()))
                .build().toResponse();
    }
}
