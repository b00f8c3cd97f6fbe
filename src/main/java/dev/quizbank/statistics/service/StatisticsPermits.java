package dev.quizbank.statistics.service;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.config.QuizConfig;

/**
 * Turns to compute item statistics: {@code quiz.statistics.max-concurrent} at once, and up to
 * {@code max-queued} more waiting at most {@code max-wait} for theirs (a browser asks for the figures
 * and both drawings together). Each computation holds a cursor's buffer, an accumulator and its report,
 * so memory stays the same however many requests come; the ones beyond get {@link StatisticsBusy}.
 */
@ApplicationScoped
public class StatisticsPermits {

    /** A turn, held until closed. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore admitted;
    private final Semaphore running;
    private final Duration maxWait;

    StatisticsPermits(QuizConfig config) {
        QuizConfig.Statistics statistics = config.statistics();
        this.admitted = new Semaphore(statistics.maxConcurrent() + statistics.maxQueued());
        this.running = new Semaphore(statistics.maxConcurrent(), true);
        this.maxWait = statistics.maxWait();
    }

    /**
     * Waits for a turn, on the caller's (worker) thread.
     *
     * @throws StatisticsBusy when too many run or wait, or no turn came within {@code max-wait}
     */
    public Permit acquire() {
        if (!admitted.tryAcquire()) {
            throw new StatisticsBusy();
        }
        boolean turn = false;
        try {
            turn = running.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!turn) {
            admitted.release();
            throw new StatisticsBusy();
        }
        AtomicBoolean held = new AtomicBoolean(true);
        return () -> {
            if (held.compareAndSet(true, false)) {
                running.release();
                admitted.release();
            }
        };
    }
}
