package dev.quizbank.attempt.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntPredicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.quizbank.attempt.AttemptRequest;
import dev.quizbank.attempt.StartedAttempt;
import dev.quizbank.attempt.repository.AttemptRepository;
import dev.quizbank.attempt.repository.StartedAttemptRepository;
import dev.quizbank.identity.Caller;
import dev.quizbank.quiz.service.PublishedQuiz;

/** The autosave of an attempt in progress: the step of the lifecycle that comes most often, so one write when it can. */
@ApplicationScoped
public class AttemptSaves {

    /** A save with {@code If-Match: *} that keeps losing races to other saves of the attempt gets 412 after this many. */
    private static final int MAX_SAVE_TRIES = 5;

    /**
     * The state this instance last wrote or read of the attempts it serves, so that a save usually costs one write:
     * a guess, never the truth. Whatever it decides is confirmed by the database (the write holds only over the revision
     * it names, and a refusal is decided again on the row); the deadline and the owner it holds never change.
     */
    private final Cache<UUID, StartedAttempt> recent = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    private final AttemptRepository attempts;
    private final StartedAttemptRepository started;
    private final AttemptProgress progress;

    AttemptSaves(AttemptRepository attempts, StartedAttemptRepository started, AttemptProgress progress) {
        this.attempts = attempts;
        this.started = started;
        this.progress = progress;
    }

    /**
     * Saves responses to an attempt in progress, over those saved before: an answer with an empty response takes
     * back the saved one. Empty when the caller does not own such an attempt.
     *
     * @param revision whether a revision of the attempt is the one the save builds on
     * @throws TimeIsUp after the attempt's deadline and grace
     * @throws AttemptSubmitted when it is submitted already
     * @throws AttemptChanged when the save builds on another revision than the current one
     * @throws SheetDoesNotFit when an answer does not fit its question, or names one the attempt was not given
     */
    public Optional<AttemptLifecycle.InProgress> save(UUID id, Caller caller, IntPredicate revision, List<AttemptRequest.Answer> answers) {
        // No transaction and no row lock, so that a save costs a read and one write: the write is conditional on the
        // revision that was read and on the attempt being in progress, so a save that lost a race (another device, a
        // submit, the sweeper) writes nothing and is decided again on the row as it now is.
        for (int tries = 1; ; tries++) {
            Instant now = AttemptLifecycle.now();
            StartedAttempt guess = tries == 1 ? recent.getIfPresent(id) : null;
            Optional<StartedAttempt> found = Optional.ofNullable(guess).or(() -> started.find(id))
                    .filter(attempt -> AttemptRules.owns(attempt.learnerId(), caller));
            if (found.isEmpty()) {
                if (attempts.findByIdOptional(id).filter(attempt -> AttemptRules.mayRead(attempt.learnerId, caller)).isPresent()) {
                    throw new AttemptSubmitted(id);
                }
                return Optional.empty();
            }
            StartedAttempt attempt = found.get();
            if (attempt.timeIsUp(now)) {
                throw new TimeIsUp(id, attempt.graceUntil());
            }
            if (!attempt.inProgress()) {
                throw new AttemptSubmitted(id);
            }
            if (!revision.test(attempt.revision()) && guess != null) {
                continue;
            }
            if (!revision.test(attempt.revision()) || tries > MAX_SAVE_TRIES) {
                throw new AttemptChanged(progress.inProgress(attempt));
            }
            PublishedQuiz version = progress.version(attempt);
            CompactResponses.Row row = CompactResponses.of(version.content(), progress.merged(version, attempt, answers));
            StartedAttempt saved = attempt.saved(row.choices(), row.responses());
            if (started.saveOver(saved, attempt.revision())) {
                recent.put(id, saved);
                return Optional.of(progress.inProgress(saved));
            }
            recent.invalidate(id);
        }
    }

    /** Keeps {@code attempt} as the guess of its state, as a start writes it. */
    void remember(StartedAttempt attempt) {
        recent.put(attempt.id(), attempt);
    }

    /** Drops the guess of an attempt that is no longer in progress. */
    void forget(UUID id) {
        recent.invalidate(id);
    }
}
