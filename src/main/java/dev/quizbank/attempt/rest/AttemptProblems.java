package dev.quizbank.attempt.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.quizbank.attempt.service.AttemptChanged;
import dev.quizbank.attempt.service.AttemptLimitReached;
import dev.quizbank.attempt.service.AttemptSubmitted;
import dev.quizbank.attempt.service.QuizNotOpen;
import dev.quizbank.attempt.service.StartRequired;
import dev.quizbank.attempt.service.TimeIsUp;
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
    public Response notOpen(QuizNotOpen e, UriInfo uri) {
        String detail = e.notYet() ? "Quiz " + e.quizId() + " opens at " + e.openAt() + "."
                : "Quiz " + e.quizId() + " closed at " + e.closeAt() + ".";
        return ProblemChain.answer(Problems.of(ProblemType.QUIZ_NOT_OPEN, detail + " No attempt is taken outside its window."), e, uri);
    }

    @ServerExceptionMapper
    public Response startRequired(StartRequired e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.START_REQUIRED, "Quiz " + e.quizId() + " is timed, shuffled or drawn:"
                + " start an attempt with POST /quizzes/" + e.quizId() + "/attempts, then save and submit it."), e, uri);
    }

    @ServerExceptionMapper
    public Response submitted(AttemptSubmitted e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.ATTEMPT_SUBMITTED, "Attempt " + e.id() + " is submitted; nothing more"
                + " can be saved to it. GET /attempts/" + e.id() + " shows its result."), e, uri);
    }

    @ServerExceptionMapper
    public Response timeIsUp(TimeIsUp e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.TIME_IS_UP, "The time of attempt " + e.id() + " was up at "
                + e.graceUntil() + ": it is graded with the responses saved before then (GET /attempts/" + e.id() + ")."), e, uri);
    }

    /** The current state and its ETag, so that a client merges its responses into them and saves again. */
    @ServerExceptionMapper
    public Response changed(AttemptChanged e, UriInfo uri) {
        String etag = AttemptStates.etag(e.current());
        return ProblemChain.answer(Problems.builder(ProblemType.ATTEMPT_CHANGED, "Attempt " + e.current().attempt().id()
                + " was saved since the state your If-Match names: merge your responses into the current ones (attempt,"
                + " etag) and save again with If-Match: " + etag + ".")
                .withHeader("ETag", etag).with("etag", etag).with("attempt", AttemptStates.of(e.current())).build(), e, uri);
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
