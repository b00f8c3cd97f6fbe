package dev.quizbank.quiz.service;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.common.Turns;
import dev.quizbank.config.QuizConfig;

/**
 * Turns to read and publish a quiz source: {@code quiz.publishing.max-concurrent} at once, up to
 * {@code max-queued} more waiting at most {@code max-wait}. A megabyte source becomes several
 * megabytes of draft, rules and entities while it is published, so two dozen at once would take a
 * 128 MB heap; the ones beyond get {@link PublishingBusy}.
 */
@ApplicationScoped
public class PublishingTurns {

    private final Turns turns;

    PublishingTurns(QuizConfig config) {
        QuizConfig.Publishing publishing = config.publishing();
        this.turns = new Turns(publishing.maxConcurrent(), publishing.maxQueued(), publishing.maxWait());
    }

    /**
     * {@code work}, in a turn.
     *
     * @throws PublishingBusy when too many run or wait, or no turn came within {@code max-wait}
     */
    public <T> T during(Supplier<T> work) {
        try (Turns.Turn turn = turns.take().orElseThrow(PublishingBusy::new)) {
            return work.get();
        }
    }
}
