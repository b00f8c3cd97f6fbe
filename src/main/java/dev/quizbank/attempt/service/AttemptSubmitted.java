package dev.quizbank.attempt.service;

import java.util.UUID;

/** A save to an attempt that is submitted already. */
public class AttemptSubmitted extends RuntimeException {

    private final UUID id;

    AttemptSubmitted(UUID id) {
        super("attempt " + id + " is submitted", null, false, false);
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
