package dev.quizbank.quiz.rest;

import jakarta.ws.rs.core.Request;

import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.VersionConflict;

/**
 * If-Match on the changes of a quiz: it names the version a change builds on by the ETag of
 * {@code GET /quizzes/{id}}, compared as JAX-RS compares it (strongly, {@code *} for any); the publisher
 * checks again, under the quiz's lock, that it is still the newest.
 */
final class Preconditions {

    private Preconditions() {
    }

    /** The version {@code ifMatch} names, which must be {@code newest}: 428 without If-Match, 412 when it names another. */
    static int required(PublishedQuiz newest, String ifMatch, Request request, RenderedQuizzes rendered) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.of(ProblemType.PRECONDITION_REQUIRED, "Name the version you edit: send If-Match with the ETag of GET /quizzes/"
                    + newest.id() + ".");
        }
        return optional(newest, ifMatch, request, rendered);
    }

    /** As {@link #required}, except that a change without If-Match applies to {@code newest}. */
    static int optional(PublishedQuiz newest, String ifMatch, Request request, RenderedQuizzes rendered) {
        if (ifMatch != null && !ifMatch.isBlank() && request.evaluatePreconditions(rendered.detail(newest).etag()) != null) {
            throw new VersionConflict(newest.id(), newest.version());
        }
        return newest.version();
    }
}
