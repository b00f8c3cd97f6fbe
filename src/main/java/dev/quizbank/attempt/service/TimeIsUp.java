package dev.quizbank.attempt.service;

import java.time.Instant;
import java.util.UUID;

/** A save or final answers after an attempt's deadline and grace: only what was saved in time counts. */
public class TimeIsUp extends RuntimeException {

    private final UUID id;
    private final Instant graceUntil;

    TimeIsUp(UUID id, Instant graceUntil) {
        super("the time of attempt " + id + " is up", null, false, false);
        this.id = id;
        this.graceUntil = graceUntil;
    }

    public UUID id() {
        return id;
    }

    public Instant graceUntil() {
        return graceUntil;
    }
}
