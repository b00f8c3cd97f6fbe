package dev.quizbank.statistics.service;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.common.Turns;
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
    public interface Permit extends Turns.Turn {
    }

    private final Turns turns;

    StatisticsPermits(QuizConfig config) {
        QuizConfig.Statistics statistics = config.statistics();
        this.turns = new Turns(statistics.maxConcurrent(), statistics.maxQueued(), statistics.maxWait());
    }

    /**
     * Waits for a turn, on the caller's (worker) thread.
     *
     * @throws StatisticsBusy when too many run or wait, or no turn came within {@code max-wait}
     */
    public Permit acquire() {
        Turns.Turn turn = turns.take().orElseThrow(StatisticsBusy::new);
        return turn::close;
    }
}
