package dev.quizbank.attempt.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.quizbank.attempt.repository.IdempotencyKeyRepository;
import dev.quizbank.config.QuizConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The Idempotency-Key protocol, shared by every instance through PostgreSQL: a transaction claims a
 * key (refused while another holds it), a key already used replays its attempt (refused for another request),
 * and a new one is recorded with the attempt it created, in the same transaction.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    private final IdempotencyKeyRepository keys;
    private final QuizConfig config;

    IdempotencyKeys(IdempotencyKeyRepository keys, QuizConfig config) {
        this.keys = keys;
        this.config = config;
    }

    /**
     * Claims {@code key} until the current transaction ends.
     *
     * @return the attempt to replay when the same request already used the key; empty for a new key
     * @throws IdempotencyKeyInFlight when another request holds the key
     * @throws IdempotencyKeyReused when another request used the key
     */
    public Optional<UUID> claim(String key, String fingerprint) {
        if (!keys.tryClaim(key)) {
            throw new IdempotencyKeyInFlight();
        }
        return keys.firstUse(key).map(first -> {
            if (!first.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused();
            }
            return first.attemptId();
        });
    }

    /** Remembers that the request {@code fingerprint}, sent with {@code key}, created {@code attemptId}. */
    public void record(String key, String fingerprint, UUID attemptId) {
        keys.insert(key, new IdempotencyKeyRepository.FirstUse(fingerprint, attemptId), OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Forgets keys older than {@code quiz.idempotency.retention}; returns how many. */
    public long purgeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> keys.purgeOlderThan(
                OffsetDateTime.now(ZoneOffset.UTC).minus(config.idempotency().retention())));
    }

    @Scheduled(every = "${quiz.idempotency.purge-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            LOG.debugf("Purged %d expired idempotency keys", purgeExpired());
        } catch (RuntimeException e) {
            LOG.warnf("Could not purge expired idempotency keys: %s", e.getMessage());
        }
    }
}
