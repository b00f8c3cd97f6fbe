package dev.quizbank.problem;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;

/**
 * How an error becomes a problem, in the order a request meets each step:
 * <ol>
 * <li>Before Quarkus REST, on the event loop: the request gate ({@code http/RequestGate}) refuses what it
 * must (414, 431, 415, 413, 408, a malformed target or header) and answers through {@link ProblemWriter}.</li>
 * <li>In Quarkus REST, one mapper class per concern turns an exception into a {@link ProblemType}:
 * {@code identity/AuthProblems} (401), {@code quiz/rest/QuizProblems}, {@code attempt/rest/AttemptProblems},
 * {@code statistics/rest/StatisticsProblems} (domain exceptions), {@link JsonInputProblems} (Jackson),
 * and the problem extension's own (a thrown {@link HttpProblem}, Bean Validation, JAX-RS refusals).</li>
 * <li>Every problem but a 401 and a busy 503 then runs through the post-processors, highest priority
 * first: {@link #DATABASE_UNAVAILABLE}, {@link #JSON_INPUT}, the extension's own (its log of server
 * errors at 101, the {@code instance} at 99), {@link #DEFAULTS} and, last, {@link #LOG}.</li>
 * <li>What no mapper knows fails the route, and {@code http/UnexpectedFailures} answers a 500 through
 * {@link ProblemWriter}.</li>
 * </ol>
 */
public final class ProblemChain {

    /** A database that cannot be reached turns a 5xx into a 503 first, so that every later step sees the 503. */
    static final int DATABASE_UNAVAILABLE = 300;
    /** Jackson's failures are worded for clients before anything logs or completes them. */
    static final int JSON_INPUT = 200;
    /** After the extension's own post-processors (99 and above), so that the instance is set. */
    static final int DEFAULTS = 0;
    /** Last, so that the log line shows the problem as the client gets it. */
    static final int LOG = Integer.MIN_VALUE;
    /** Mappers of exceptions the extension maps too, so that ours are chosen. */
    public static final int AHEAD_OF_EXTENSION = Priorities.USER - 100;

    private ProblemChain() {
    }

    /** The response to {@code cause}, once {@code problem} has been through every post-processor. */
    public static Response answer(HttpProblem problem, Throwable cause, UriInfo uri) {
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, ProblemContext.of(cause, uri))
                .toResponse();
    }
}
