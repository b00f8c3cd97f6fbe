package dev.quizbank.quiz.rest;

import java.net.URI;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.quizbank.common.Echo;
import dev.quizbank.problem.ProblemChain;
import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;
import dev.quizbank.quiz.format.NotExportable;
import dev.quizbank.quiz.service.PublishingBusy;
import dev.quizbank.quiz.service.QuizExists;
import dev.quizbank.quiz.service.QuizNotFound;
import dev.quizbank.quiz.service.QuizOwnership;
import dev.quizbank.quiz.service.VersionConflict;

/** How the refusals of the quiz services read to a client: each its problem type, worded for the HTTP API. */
public class QuizProblems {

    private static final int BUSY_RETRY_AFTER_SECONDS = 2;

    @ServerExceptionMapper
    public Response notFound(QuizNotFound e, UriInfo uri) {
        // The id comes from the path, which may be kilobytes long: it is quoted back cut short.
        String detail = e.version().map(version -> "Quiz " + Echo.quoted(e.quizId()) + " has no version " + version + ".")
                .orElse("There is no quiz " + Echo.quoted(e.quizId()) + ".");
        return ProblemChain.answer(Problems.notFound(detail), e, uri);
    }

    @ServerExceptionMapper
    public Response versionConflict(VersionConflict e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.VERSION_CONFLICT, "Quiz '" + e.quizId() + "' is at version "
                + e.newest() + " now, not the version your If-Match names: GET it again and redo the change on top of it."), e, uri);
    }

    @ServerExceptionMapper
    public Response exists(QuizExists e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.QUIZ_EXISTS, "There is already a quiz '" + e.quizId()
                + "' (perhaps retired); choose another id, or PUT to /quizzes/" + e.quizId() + " to edit it."), e, uri);
    }

    /** The quiz exists and the format is known, but this quiz cannot be stated in it: another format may hold it. */
    @ServerExceptionMapper
    public Response notExportable(NotExportable e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.NOT_EXPORTABLE, "Question " + e.question() + " cannot be written as "
                + e.format() + ": " + e.reason() + ". Ask for another format in Accept."), e, uri);
    }

    /** A 403 of its own type, so that a client tells "not yours" from "not your role". */
    @ServerExceptionMapper
    public Response notAnOwner(QuizOwnership.NotAnOwner e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.NOT_QUIZ_OWNER, "Quiz '" + e.quizId() + "' is managed by its"
                + " owners and role admin only; ask an owner to list you in its settings.owners."), e, uri);
    }

    /** Too many at once is no fault of the client's: a 503 to retry shortly, past the post-processors as StatisticsProblems says. */
    @ServerExceptionMapper
    public Response busy(PublishingBusy e, UriInfo uri) {
        return Problems.builder(ProblemType.BUSY, "As many quizzes as this service publishes at once are being published;"
                + " retry shortly.").withHeader("Retry-After", BUSY_RETRY_AFTER_SECONDS).withInstance(URI.create(uri.getPath()))
                .build().toResponse();
    }
}
