package dev.quizbank.attempt.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.attempt.AttemptRequest;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.attempt.StartedAttempt;
import dev.quizbank.attempt.grading.Response;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;

/** An attempt in progress read against the version it was started on: its saved responses, and answers over them. */
@ApplicationScoped
class AttemptProgress {

    private final QuizCatalog catalog;

    AttemptProgress(QuizCatalog catalog) {
        this.catalog = catalog;
    }

    Map<Integer, Response> saved(StartedAttempt attempt) {
        return saved(version(attempt), attempt);
    }

    private static Map<Integer, Response> saved(PublishedQuiz version, StartedAttempt attempt) {
        return CompactResponses.read(version.content(), attempt.choices(), attempt.responses());
    }

    /**
     * The saved responses with {@code answers} over them.
     *
     * @throws SheetDoesNotFit when an answer does not fit
     */
    Map<Integer, Response> merged(PublishedQuiz version, StartedAttempt attempt, List<AttemptRequest.Answer> answers) {
        Map<Integer, Response> responses = saved(version, attempt);
        switch (Grader.check(version, answers, attempt.questions())) {
            case Grader.Checked checked -> checked.responses().forEach((number, response) -> response.ifPresentOrElse(
                    given -> responses.put(number, given), () -> responses.remove(number)));
            case Grader.Unfit unfit -> throw new SheetDoesNotFit(version, unfit.findings());
        }
        return responses;
    }

    AttemptLifecycle.InProgress inProgress(StartedAttempt attempt) {
        PublishedQuiz version = version(attempt);
        Map<Integer, Response> saved = saved(version, attempt);
        Map<Integer, AttemptResult.Given> responses = new LinkedHashMap<>();
        for (int number : attempt.questions()) {
            Response response = saved.get(number);
            if (response != null) {
                responses.put(number, Review.given(version.content().question(number).orElseThrow(), response));
            }
        }
        return new AttemptLifecycle.InProgress(attempt, version, responses);
    }

    /** The version an attempt was started on, under its own settings: they decided the attempt's draw and order. */
    PublishedQuiz version(StartedAttempt attempt) {
        return catalog.anyVersion(attempt.quizId(), attempt.quizVersion())
                .orElseThrow(() -> new IllegalStateException("attempt " + attempt.id() + " of an unknown quiz version"));
    }
}
