package dev.quizbank.attempt.service;

/** A save built on a revision of the attempt that is no longer its current one: {@code current} is, to merge with. */
public class AttemptChanged extends RuntimeException {

    private final AttemptLifecycle.InProgress current;

    AttemptChanged(AttemptLifecycle.InProgress current) {
        super("attempt " + current.attempt().id() + " is at revision " + current.attempt().revision(), null, false, false);
        this.current = current;
    }

    public AttemptLifecycle.InProgress current() {
        return current;
    }
}
