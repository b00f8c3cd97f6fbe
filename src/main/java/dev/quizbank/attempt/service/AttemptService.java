package dev.quizbank.attempt.service;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.quizbank.attempt.Attempt;
import dev.quizbank.attempt.AttemptRequest;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.attempt.IdempotencyKey;
import dev.quizbank.attempt.repository.AttemptRepository;
import dev.quizbank.attempt.repository.IdempotencyKeyRepository;
import dev.quizbank.common.Digests;
import dev.quizbank.config.QuizConfig;
import dev.quizbank.problem.Problems;
import dev.quizbank.problem.Problems.Violation;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.quiz.service.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/** Grades answer sheets and keeps them, honouring Idempotency-Keys across every instance. */
@ApplicationScoped
public class AttemptService {

    private static final Logger LOG = Logger.getLogger(AttemptService.class);
    static final URI KEY_IN_FLIGHT = URI.create("/problems/idempotency-key-in-flight");
    static final URI KEY_REUSED = URI.create("/problems/idempotency-key-reused");

    /** A stored attempt: its id and the exact body that was returned for it. */
    public record Stored(UUID id, String body, boolean replayed) {
    }

    private final QuizCatalog catalog;
    private final AttemptRepository attempts;
    private final IdempotencyKeyRepository keys;
    private final ObjectMapper mapper;
    private final QuizConfig config;

    AttemptService(QuizCatalog catalog, AttemptRepository attempts, IdempotencyKeyRepository keys,
            ObjectMapper mapper, QuizConfig config) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.keys = keys;
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * Grades and stores {@code request}, or, for a retry under the same {@code idempotencyKey},
     * returns the attempt the first request stored.
     */
    public Stored submit(AttemptRequest request, Optional<String> idempotencyKey) {
        PublishedQuiz quiz = quizOf(request);
        List<Violation> violations = Grader.check(quiz, request.answers());
        if (!violations.isEmpty()) {
            throw Problems.unprocessable("The answer sheet does not fit quiz " + quiz.id() + " version "
                    + quiz.version() + ".", violations);
        }
        AttemptResult result = Grader.grade(quiz, request.answers(), UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        String body = json(result);
        return QuarkusTransaction.requiringNew().call(() -> idempotencyKey.isPresent()
                ? storeOnce(idempotencyKey.get(), fingerprint(request), request, result, body)
                : store(request, result, body));
    }

    public Optional<String> find(UUID id) {
        return attempts.findByIdOptional(id).map(attempt -> attempt.result);
    }

    /** Forgets Idempotency-Keys older than {@code quiz.idempotency.retention}; returns how many. */
    public long purgeExpiredKeys() {
        return QuarkusTransaction.requiringNew().call(() -> keys.purgeOlderThan(
                OffsetDateTime.now(ZoneOffset.UTC).minus(config.idempotency().retention())));
    }

    @Scheduled(every = "${quiz.idempotency.purge-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            LOG.debugf("Purged %d expired idempotency keys", purgeExpiredKeys());
        } catch (RuntimeException e) {
            LOG.warnf("Could not purge expired idempotency keys: %s", e.getMessage());
        }
    }

    private PublishedQuiz quizOf(AttemptRequest request) {
        return catalog.find(request.quizId(), request.quizVersion()).orElseThrow(() -> {
            boolean knownQuiz = catalog.current(request.quizId()).isPresent();
            Violation violation = knownQuiz
                    ? new Violation("quizVersion", "body", "quiz " + request.quizId() + " has no version " + request.quizVersion())
                    : new Violation("quizId", "body", "there is no quiz '" + request.quizId() + "'");
            return Problems.unprocessable("The answer sheet names no published quiz version.", List.of(violation));
        });
    }

    private Stored storeOnce(String key, String fingerprint, AttemptRequest request, AttemptResult result, String body) {
        if (!keys.tryClaim(key)) {
            throw Problems.conflict(KEY_IN_FLIGHT,
                    "A request with this Idempotency-Key is still being processed; retry it shortly.");
        }
        Optional<IdempotencyKey> first = keys.findByIdOptional(key);
        if (first.isPresent()) {
            if (!first.get().fingerprint.equals(fingerprint)) {
                throw Problems.unprocessable(KEY_REUSED,
                        "This Idempotency-Key was already used with a different request body.");
            }
            return new Stored(first.get().attemptId, attempts.findById(first.get().attemptId).result, true);
        }
        Stored stored = store(request, result, body);
        IdempotencyKey record = new IdempotencyKey();
        record.key = key;
        record.fingerprint = fingerprint;
        record.attemptId = stored.id();
        record.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        keys.persist(record);
        return stored;
    }

    private Stored store(AttemptRequest request, AttemptResult result, String body) {
        Attempt attempt = new Attempt();
        attempt.id = result.id();
        attempt.quizId = result.quizId();
        attempt.quizVersion = result.quizVersion();
        attempt.submittedAt = result.submittedAt().atOffset(ZoneOffset.UTC);
        attempt.score = result.score();
        attempt.answered = result.answered();
        attempt.answers = request.answers();
        attempt.result = body;
        attempts.persist(attempt);
        return new Stored(attempt.id, body, false);
    }

    /** Two requests are the same when they ask the same, whatever the letter case of a choice. */
    private String fingerprint(AttemptRequest request) {
        AttemptRequest normalised = new AttemptRequest(request.quizId(), request.quizVersion(), request.answers().stream()
                .map(a -> new AttemptRequest.Answer(a.question(), a.choice().toUpperCase(Locale.ROOT)))
                .toList());
        return Digests.sha256Hex(json(normalised));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an attempt did not serialise", e);
        }
    }
}
