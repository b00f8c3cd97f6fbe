package dev.quizbank.attempt.rest;

import java.util.function.IntPredicate;

import dev.quizbank.attempt.AttemptState;
import dev.quizbank.attempt.StartedAttempt;
import dev.quizbank.attempt.service.AttemptDraw;
import dev.quizbank.attempt.service.AttemptLifecycle;
import dev.quizbank.quiz.rest.Delivery;
import dev.quizbank.quiz.service.PublishedQuiz;

/**
 * An attempt in progress as its owner is shown it, and its ETag: the revision of its saved responses, which
 * changes with every save, so that If-Match tells a save built on the current responses from one that is not.
 */
final class AttemptStates {

    private AttemptStates() {
    }

    static AttemptState of(AttemptLifecycle.InProgress progress) {
        StartedAttempt attempt = progress.attempt();
        PublishedQuiz version = progress.version();
        return new AttemptState(attempt.id(), attempt.quizId(), attempt.quizVersion(), AttemptState.IN_PROGRESS, attempt.startedAt(),
                attempt.deadline(), attempt.graceUntil(), attempt.questions().stream()
                        .map(number -> Delivery.view(version.content().question(number).orElseThrow(),
                                AttemptDraw.order(attempt.seed(), number), version.settings().shuffleChoices()))
                        .toList(),
                progress.responses());
    }

    static String etag(AttemptLifecycle.InProgress progress) {
        return "\"" + progress.attempt().revision() + "\"";
    }

    /**
     * The revisions an If-Match header names: its strong tags (a weak one never matches, RFC 9110), or any with
     * {@code *}; none for a tag this service never gave.
     */
    static IntPredicate ifMatch(String header) {
        for (String candidate : header.split(",")) {
            if (candidate.strip().equals("*")) {
                return revision -> true;
            }
        }
        return revision -> {
            for (String candidate : header.split(",")) {
                if (candidate.strip().equals("\"" + revision + "\"")) {
                    return true;
                }
            }
            return false;
        };
    }
}
