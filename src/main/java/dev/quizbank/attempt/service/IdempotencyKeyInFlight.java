package dev.quizbank.attempt.service;

/** Another request with the same Idempotency-Key holds it: the client may retry shortly. */
public class IdempotencyKeyInFlight extends RuntimeException {

    IdempotencyKeyInFlight() {
        super("the idempotency key is held by another request", null, false, false);
    }
}
