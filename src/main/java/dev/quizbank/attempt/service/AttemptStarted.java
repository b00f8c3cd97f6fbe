package dev.quizbank.attempt.service;

import java.util.UUID;

import dev.quizbank.identity.Caller;

/**
 * A learner's attempt started, fired in the transaction that stored it: whatever must know where it was started
 * from (the caller's token) records it now, since the attempt may be graded later with no caller at all.
 */
public record AttemptStarted(UUID attemptId, String quizId, String learner, Caller caller) {
}
