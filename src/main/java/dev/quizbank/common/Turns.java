package dev.quizbank.common;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns at a job that holds much memory while it runs: {@code maxConcurrent} at once, and up to
 * {@code maxQueued} more waiting at most {@code maxWait} for theirs, so that memory stays the same
 * however many requests come; the ones beyond get no turn, at once.
 */
public final class Turns {

    /** A turn, held until closed. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore admitted;
    private final Semaphore running;
    private final Duration maxWait;

    public Turns(int maxConcurrent, int maxQueued, Duration maxWait) {
        this.admitted = new Semaphore(maxConcurrent + maxQueued);
        this.running = new Semaphore(maxConcurrent, true);
        this.maxWait = maxWait;
    }

    /** Waits for a turn on the caller's (worker) thread; empty when too many run or wait, or none came in time. */
    public Optional<Turn> take() {
        if (!admitted.tryAcquire()) {
            return Optional.empty();
        }
        boolean turn = false;
        try {
            turn = running.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!turn) {
            admitted.release();
            return Optional.empty();
        }
        AtomicBoolean held = new AtomicBoolean(true);
        return Optional.of(() -> {
            if (held.compareAndSet(true, false)) {
                running.release();
                admitted.release();
            }
        });
    }
}
