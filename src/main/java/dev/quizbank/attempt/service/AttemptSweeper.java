package dev.quizbank.attempt.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Time is the server's: every {@code quiz.attempts.sweep-interval}, and once at start (so that nothing stays in
 * progress across a restart), each attempt whose deadline and grace have passed is submitted with what it had
 * saved. Each batch locks its rows with {@code FOR UPDATE SKIP LOCKED}, so sweepers on several instances share the
 * work and submit every attempt exactly once.
 */
@ApplicationScoped
public class AttemptSweeper {

    private static final Logger LOG = Logger.getLogger(AttemptSweeper.class);
    /** Attempts submitted per transaction: a short hold on their rows, and a bounded transaction. */
    private static final int BATCH = 50;

    private final AttemptLifecycle lifecycle;

    AttemptSweeper(AttemptLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** Submits every attempt overdue now; returns how many this call submitted. */
    public int sweep() {
        int submitted = 0;
        int batch;
        do {
            batch = lifecycle.submitOverdue(BATCH);
            submitted += batch;
        } while (batch == BATCH);
        return submitted;
    }

    void onStart(@Observes StartupEvent start) {
        scheduledSweep();
    }

    @Scheduled(identity = "attempt-sweeper", every = "${quiz.attempts.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        try {
            int submitted = sweep();
            if (submitted > 0) {
                LOG.infof("Submitted %d attempts whose time was up", submitted);
            }
        } catch (RuntimeException e) {
            // The database may be away for a while; the next sweep takes over what this one could not do.
            LOG.warnf("Could not submit the attempts whose time is up: %s", e.getMessage());
        }
    }
}
