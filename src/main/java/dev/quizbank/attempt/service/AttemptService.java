package dev.quizbank.attempt.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.quizbank.attempt.Attempt;
import dev.quizbank.attempt.AttemptRequest;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.attempt.repository.AttemptRepository;
import dev.quizbank.common.Digests;
import dev.quizbank.identity.Caller;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Grades answer sheets and keeps them: the order of the steps; each rule lives in its own class. */
@ApplicationScoped
public class AttemptService {

    private final QuizCatalog catalog;
    private final AttemptRepository attempts;
    private final IdempotencyKeys keys;
    private final ObjectMapper mapper;
    private final Event<AttemptGraded> graded;

    AttemptService(QuizCatalog catalog, AttemptRepository attempts, IdempotencyKeys keys,
            ObjectMapper mapper, Event<AttemptGraded> graded) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.keys = keys;
        this.mapper = mapper;
        this.graded = graded;
    }

    /**
     * Grades and stores {@code request}, or, for a retry under the same {@code idempotencyKey},
     * returns the attempt the first request stored without grading it again.
     *
     * @throws SheetNamesNoQuiz when the sheet names no quiz version in service
     * @throws LearnerRequired when the quiz is for learners and the caller is not one
     * @throws StartRequired when the quiz's attempts are timed, shuffled or drawn
     * @throws QuizNotOpen when the quiz is not open now
     * @throws SheetDoesNotFit when answers do not fit the quiz
     * @throws AttemptLimitReached when the learner has made every attempt the quiz allows
     * @throws IdempotencyKeyInFlight when another request holds {@code idempotencyKey}
     * @throws IdempotencyKeyReused when another request used {@code idempotencyKey}
     */
    public AttemptResult submit(AttemptRequest request, Optional<String> idempotencyKey, Caller caller) {
        PublishedQuiz quiz = quizOf(request);
        Optional<String> learner = AttemptRules.owner(quiz.settings(), caller);
        if (quiz.settings().startRequired()) {
            throw new StartRequired(quiz.id());
        }
        // Stored to the microsecond, so that a learner's first and last attempt are told apart; shown to the second.
        // Cut to PostgreSQL's microseconds here: the column would round 52.9999996 s up to 53 s, and
        // the stored attempt would then read back a second later than POST answered.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AttemptRules.open(quiz.id(), quiz.settings(), now);
        if (idempotencyKey.isEmpty()) {
            Grader.Graded graded = graded(quiz, request, now);
            // A learner's attempt commits with what follows from it (its grade queued for an LMS, AttemptGraded's
            // observers); an anonymous one is one statement, which needs no transaction of its own.
            return learner.isEmpty()
                    ? persist(graded, quiz, caller, learner, now)
                    : QuarkusTransaction.requiringNew().call(() -> persist(graded, quiz, caller, learner, now));
        }
        // Keys are the caller's own: the same key from two learners is two keys.
        String key = caller.subject().map(subject -> subject + "\t").orElse("") + idempotencyKey.get();
        String fingerprint = fingerprint(request);
        return QuarkusTransaction.requiringNew().call(() -> keys.claim(key, fingerprint)
                .map(first -> GradedAttempts.render(catalog, attempts.findById(first), now))
                .orElseGet(() -> {
                    AttemptResult stored = persist(graded(quiz, request, now), quiz, caller, learner, now);
                    keys.record(key, fingerprint, stored.id());
                    return stored;
                }));
    }

    /** The version the sheet names (its questions and key) under the quiz's current settings. */
    private PublishedQuiz quizOf(AttemptRequest request) {
        return catalog.inService(request.quizId(), request.quizVersion())
                .flatMap(version -> catalog.currentVersion(request.quizId()).map(current -> version.under(current.settings())))
                .orElseThrow(() -> new SheetNamesNoQuiz(request.quizId(), request.quizVersion(),
                        catalog.currentVersion(request.quizId()).isPresent()));
    }

    private static Grader.Graded graded(PublishedQuiz quiz, AttemptRequest request, Instant now) {
        return switch (Grader.grade(quiz, request.answers(), UUID.randomUUID(), now.truncatedTo(ChronoUnit.SECONDS))) {
            case Grader.Graded graded -> graded;
            case Grader.Unfit unfit -> throw new SheetDoesNotFit(quiz, unfit.findings());
        };
    }

    private AttemptResult persist(Grader.Graded graded, PublishedQuiz quiz, Caller caller, Optional<String> learner, Instant now) {
        AttemptResult result = graded.result();
        Attempt attempt = new Attempt();
        attempt.id = result.id();
        attempt.quizId = result.quizId();
        attempt.quizVersion = result.quizVersion();
        attempt.submittedAt = now.atOffset(ZoneOffset.UTC);
        attempt.score = result.score();
        attempt.answered = result.answered();
        CompactResponses.Row row = Grader.compact(quiz, graded.responses());
        attempt.choices = row.choices();
        attempt.responses = row.responses();
        attempt.learnerId = learner.orElse(null);
        Integer limit = quiz.settings().maxAttempts();
        if (learner.isEmpty()) {
            attempts.insert(attempt);
        } else if (!attempts.insertCounted(attempt, limit)) {
            throw new AttemptLimitReached(quiz.id(), limit);
        }
        learner.ifPresent(owner -> this.graded.fire(new AttemptGraded(result.id(), quiz.id(), owner, false, Optional.of(caller))));
        return result;
    }

    /**
     * Two requests are the same when they ask the same, whatever the letter case of a choice; a single-choice sheet
     * has the fingerprint it had before there were other types.
     */
    private String fingerprint(AttemptRequest request) {
        AttemptRequest normalised = new AttemptRequest(request.quizId(), request.quizVersion(), request.answers().stream()
                .map(a -> new AttemptRequest.Answer(a.question(), upper(a.choice()),
                        a.choices() == null ? null : a.choices().stream().map(AttemptService::upper).toList(),
                        a.value(), a.text(), a.number(), a.pairs(), a.order()))
                .toList());
        return Digests.sha256Hex(json(normalised));
    }

    private static String upper(String key) {
        return key == null ? null : key.toUpperCase(Locale.ROOT);
    }

    private String json(AttemptRequest request) {
        try {
            return mapper.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer sheet did not serialise", e);
        }
    }
}
