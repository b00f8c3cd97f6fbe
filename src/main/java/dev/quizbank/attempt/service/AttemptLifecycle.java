package dev.quizbank.attempt.service;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import dev.quizbank.attempt.Attempt;
import dev.quizbank.attempt.AttemptRequest;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.attempt.StartedAttempt;
import dev.quizbank.attempt.grading.Response;
import dev.quizbank.attempt.repository.AttemptRepository;
import dev.quizbank.attempt.repository.StartedAttemptRepository;
import dev.quizbank.identity.Caller;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The lifecycle of an attempt that is started before it is answered (docs/attempts.md): start, resume, submit,
 * and the submit at the end of its time; the saves in between are {@link AttemptSaves}'. A start and a submit each
 * run in one transaction that holds the lock on the learner's attempts at the quiz or the row of the attempt, so
 * that instances racing on the same attempt take turns, and a refused step changes nothing.
 */
@ApplicationScoped
public class AttemptLifecycle {

    private static final SecureRandom SEEDS = new SecureRandom();

    /**
     * An attempt in progress as its owner sees it.
     *
     * @param version   the version it was started on, under its own settings, which decided its draw and order
     * @param responses the saved responses by question number, in the order the attempt shows its questions
     */
    public record InProgress(StartedAttempt attempt, PublishedQuiz version, Map<Integer, AttemptResult.Given> responses) {
    }

    /** A start: the attempt, and whether it is new or the one the learner already had in progress. */
    public record Started(InProgress attempt, boolean created) {
    }

    /** An attempt as {@code GET /attempts/{id}} shows it: in progress, or graded. */
    public sealed interface Found permits Open, Graded {
    }

    public record Open(InProgress attempt) implements Found {
    }

    public record Graded(AttemptResult result) implements Found {
    }

    private final QuizCatalog catalog;
    private final AttemptRepository attempts;
    private final StartedAttemptRepository started;
    private final AttemptProgress progress;
    private final AttemptSaves saves;
    private final Event<AttemptStarted> startedEvents;
    private final Event<AttemptGraded> gradedEvents;

    AttemptLifecycle(QuizCatalog catalog, AttemptRepository attempts, StartedAttemptRepository started, AttemptProgress progress,
            AttemptSaves saves, Event<AttemptStarted> startedEvents, Event<AttemptGraded> gradedEvents) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.started = started;
        this.progress = progress;
        this.saves = saves;
        this.startedEvents = startedEvents;
        this.gradedEvents = gradedEvents;
    }

    /**
     * Starts an attempt at the current version of the quiz, or gives back the one the learner has in progress. An
     * attempt in progress whose time is up is submitted first, so it never blocks the next.
     *
     * @throws dev.quizbank.quiz.service.QuizNotFound when the quiz is not in service
     * @throws LearnerRequired when the quiz is for learners and the caller is not one
     * @throws QuizNotOpen when the quiz is not open now
     * @throws AttemptLimitReached when the learner has started every attempt the quiz allows
     */
    public Started start(String quizId, Caller caller) {
        PublishedQuiz quiz = catalog.require(quizId, null);
        Optional<String> learner = AttemptRules.owner(quiz.settings(), caller);
        Instant now = now();
        Started result = QuarkusTransaction.requiringNew().call(() -> {
            if (learner.isPresent()) {
                int taken = attempts.takenLocked(quiz.id(), learner.get());
                Optional<StartedAttempt> open = started.inProgress(quiz.id(), learner.get());
                if (open.isPresent() && !open.get().timeIsUp(now)) {
                    return new Started(progress.inProgress(open.get()), false);
                }
                open.ifPresent(late -> grade(late, progress.saved(late), late.graceUntil(), Optional.of(caller)));
                AttemptRules.open(quiz.id(), quiz.settings(), now);
                Integer limit = quiz.settings().maxAttempts();
                if (limit != null && taken >= limit) {
                    throw new AttemptLimitReached(quiz.id(), limit);
                }
                attempts.countTaken(quiz.id(), learner.get());
            } else {
                AttemptRules.open(quiz.id(), quiz.settings(), now);
            }
            StartedAttempt attempt = begin(quiz, learner.orElse(null), now);
            started.insert(attempt);
            learner.ifPresent(owner -> startedEvents.fire(new AttemptStarted(attempt.id(), quiz.id(), owner, caller)));
            return new Started(progress.inProgress(attempt), true);
        });
        saves.remember(result.attempt().attempt());
        return result;
    }

    /**
     * The attempt for its owner while it is in progress (submitted first if its time is up), or graded for
     * whoever may read it; empty for anyone else and for an unknown id.
     */
    public Optional<Found> find(UUID id, Caller caller) {
        Optional<Attempt> graded = attempts.findByIdOptional(id);
        if (graded.isPresent()) {
            return graded.filter(attempt -> AttemptRules.mayRead(attempt.learnerId, caller))
                    .map(attempt -> new Graded(GradedAttempts.render(catalog, attempt, now())));
        }
        Optional<StartedAttempt> open = started.find(id).filter(attempt -> AttemptRules.owns(attempt.learnerId(), caller));
        if (open.isEmpty() || !open.get().timeIsUp(now())) {
            return open.map(attempt -> new Open(progress.inProgress(attempt)));
        }
        return submit(id, caller, List.of()).map(Graded::new);
    }

    /**
     * Grades what was saved, with {@code answers} over it, over the questions the attempt was given, and keeps it;
     * the result of a submitted attempt again. After the deadline and grace, a submit without answers gives the
     * result of what was saved in time (grading it now if the sweeper has not yet). Empty when the caller does not
     * own the attempt.
     *
     * @throws TimeIsUp when answers come after the deadline and grace
     * @throws SheetDoesNotFit when an answer does not fit its question, or names one the attempt was not given
     */
    public Optional<AttemptResult> submit(UUID id, Caller caller, List<AttemptRequest.Answer> answers) {
        Instant now = now();
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<StartedAttempt> locked = started.lock(id).filter(attempt -> AttemptRules.owns(attempt.learnerId(), caller));
            if (locked.isEmpty()) {
                return attempts.findByIdOptional(id).filter(attempt -> AttemptRules.mayRead(attempt.learnerId, caller))
                        .map(attempt -> GradedAttempts.render(catalog, attempt, now));
            }
            StartedAttempt attempt = locked.get();
            if (attempt.timeIsUp(now) && !answers.isEmpty()) {
                throw new TimeIsUp(id, attempt.graceUntil());
            }
            if (!attempt.inProgress()) {
                return Optional.of(GradedAttempts.render(catalog, attempts.findById(id), now));
            }
            if (attempt.timeIsUp(now)) {
                return Optional.of(grade(attempt, progress.saved(attempt), attempt.graceUntil(), Optional.of(caller)));
            }
            return Optional.of(grade(attempt, progress.merged(progress.version(attempt), attempt, answers), now, Optional.of(caller)));
        });
    }

    /**
     * Submits, with what they had saved, up to {@code limit} attempts whose time was up, in one transaction; those
     * another instance is submitting are left to it. Returns how many it submitted.
     */
    public int submitOverdue(int limit) {
        Instant now = now();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<StartedAttempt> due = started.lockDue(now, limit);
            due.forEach(attempt -> grade(attempt, progress.saved(attempt), attempt.graceUntil(), Optional.empty()));
            return due.size();
        });
    }

    private StartedAttempt begin(PublishedQuiz quiz, String learner, Instant now) {
        QuizSettings settings = quiz.settings();
        long seed = SEEDS.nextLong();
        List<Integer> questions = AttemptDraw.questions(quiz.content(), settings, seed);
        Instant deadline = settings.timeLimitSeconds() == null ? null : now.plusSeconds(settings.timeLimitSeconds());
        if (settings.closeAt() != null && (deadline == null || settings.closeAt().isBefore(deadline))) {
            deadline = settings.closeAt();
        }
        Instant graceUntil = deadline == null ? null : deadline.plus(Duration.ofSeconds(settings.graceSeconds()));
        CompactResponses.Row none = CompactResponses.of(quiz.content(), Map.of());
        return new StartedAttempt(UUID.randomUUID(), quiz.id(), quiz.version(), learner, now, deadline, graceUntil, seed, questions,
                none.choices(), none.responses(), 0, null);
    }

    /**
     * Grades an attempt over the questions it was given, keeps it, and closes the attempt in progress; submitted {@code at}
     * by {@code caller} (none for the sweeper).
     */
    private AttemptResult grade(StartedAttempt attempt, Map<Integer, Response> responses, Instant at, Optional<Caller> caller) {
        PublishedQuiz quiz = GradedAttempts.current(catalog, attempt.quizId(), attempt.quizVersion());
        byte[] given = GivenQuestions.of(quiz.content().questions().size(), attempt.questions());
        Instant now = now();
        AttemptResult result = Grader.result(quiz, responses, given, attempt.id(), at.truncatedTo(ChronoUnit.SECONDS),
                GradedAttempts.review(quiz.settings(), now));
        CompactResponses.Row row = CompactResponses.of(quiz.content(), responses);
        Attempt graded = new Attempt();
        graded.id = attempt.id();
        graded.quizId = attempt.quizId();
        graded.quizVersion = attempt.quizVersion();
        graded.submittedAt = at.atOffset(ZoneOffset.UTC);
        graded.score = result.score();
        graded.answered = result.answered();
        graded.choices = row.choices();
        graded.responses = row.responses();
        graded.given = given;
        graded.learnerId = attempt.learnerId();
        attempts.insert(graded);
        started.markSubmitted(attempt.id(), at);
        saves.forget(attempt.id());
        if (attempt.learnerId() != null) {
            gradedEvents.fire(new AttemptGraded(attempt.id(), attempt.quizId(), attempt.learnerId(), true, caller));
        }
        return result;
    }

    /** To PostgreSQL's microseconds, so that what is stored reads back as it was answered. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
