package dev.quizbank.attempt.service;

import java.util.Optional;
import java.util.UUID;

import dev.quizbank.identity.Caller;

/**
 * A learner's attempt graded and stored, fired in the transaction that stored it when there is one, so that what
 * observers write commits or rolls back with the attempt.
 *
 * @param started whether the attempt was started before it was answered ({@link AttemptStarted} was fired for it)
 *                rather than posted whole
 * @param caller  who submitted it; empty when the sweeper submitted it at the end of its time
 */
public record AttemptGraded(UUID attemptId, String quizId, String learner, boolean started, Optional<Caller> caller) {
}
