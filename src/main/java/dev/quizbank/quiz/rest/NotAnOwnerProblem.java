package dev.quizbank.quiz.rest;

import jakarta.ws.rs.ext.Provider;

import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;
import dev.quizbank.quiz.service.QuizOwnership;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * A caller who may not manage a quiz: a 403 of its own type, so that a client tells "not yours" from
 * "not your role". Through the problem extension's base, so the problem is logged and completed as any other.
 */
@Provider
public class NotAnOwnerProblem extends ExceptionMapperBase<QuizOwnership.NotAnOwner> {

    @Override
    protected HttpProblem toProblem(QuizOwnership.NotAnOwner e) {
        return Problems.of(ProblemType.NOT_QUIZ_OWNER, e.getMessage());
    }
}
