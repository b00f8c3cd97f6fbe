package dev.quizbank.attempt.repository;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.attempt.IdempotencyKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepositoryBase<IdempotencyKey, String> {

    /**
     * Claims {@code key} until the transaction ends, for every instance sharing the database.
     *
     * @return false when another transaction is working on the same key right now
     */
    public boolean tryClaim(String key) {
        return (Boolean) getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended('quizbank.idempotency:' || ?1, 0))")
                .setParameter(1, key)
                .getSingleResult();
    }

    public long purgeOlderThan(OffsetDateTime cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
