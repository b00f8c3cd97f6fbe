package dev.quizbank.attempt.service;

/** An Idempotency-Key already used with a different request. */
public class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused() {
        super("the idempotency key was used with another request", null, false, false);
    }
}
