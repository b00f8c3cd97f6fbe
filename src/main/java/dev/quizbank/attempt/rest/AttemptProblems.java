package dev.quizbank.attempt.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.quizbank.attempt.service.AttemptLimitReached;
import dev.quizbank.attempt.service.IdempotencyKeyInFlight;
import dev.quizbank.attempt.service.IdempotencyKeyReused;
import dev.quizbank.attempt.service.LearnerRequired;
import dev.quizbank.attempt.service.SheetDoesNotFit;
import dev.quizbank.attempt.service.SheetNamesNoQuiz;
import dev.quizbank.common.Echo;
import dev.quizbank.identity.AuthProblems;
import dev.quizbank.problem.ProblemChain;
import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;
import dev.quizbank.problem.Problems.Violation;

/** How the refusals of grading read to a client: each its problem type, worded for the HTTP API. */
public class AttemptProblems {

    /** 401 with the Bearer challenge to an anonymous caller, 403 to one whose token lacks the role. */
    @ServerExceptionMapper
    public Response learnerRequired(LearnerRequired e, UriInfo uri) {
        return ProblemChain.answer(e.signedIn()
                ? Problems.of(ProblemType.FORBIDDEN, "This quiz is for learners; the token has no learner role.")
                : AuthProblems.unauthorized("This quiz is for signed-in learners: send a bearer token."), e, uri);
    }

    @ServerExceptionMapper
    public Response limitReached(AttemptLimitReached e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.ATTEMPT_LIMIT_REACHED, "Quiz " + e.quizId() + " allows "
                + e.limit() + (e.limit() == 1 ? " attempt" : " attempts") + " per learner, and they have been made."), e, uri);
    }

    @ServerExceptionMapper
    public Response keyInFlight(IdempotencyKeyInFlight e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT,
                "A request with this Idempotency-Key is still being processed; retry it shortly."), e, uri);
    }

    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReused e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was already used with a different request body."), e, uri);
    }

    @ServerExceptionMapper
    public Response namesNoQuiz(SheetNamesNoQuiz e, UriInfo uri) {
        Violation violation = e.quizInService()
                ? new Violation("quizVersion", "body", "quiz " + e.quizId() + " has no version " + e.version())
                : new Violation("quizId", "body", "there is no quiz " + Echo.quoted(e.quizId()));
        return ProblemChain.answer(Problems.unprocessable("The answer sheet names no published quiz version.",
                List.of(violation)), e, uri);
    }

    @ServerExceptionMapper
    public Response doesNotFit(SheetDoesNotFit e, UriInfo uri) {
        return ProblemChain.answer(Problems.unprocessable("The answer sheet does not fit quiz " + e.quizId() + " version "
                + e.version() + ".", e.findings().stream().map(f -> new Violation(f.field(), "body", f.message())).toList()),
                e, uri);
    }
}
