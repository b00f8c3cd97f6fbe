package dev.quizbank.attempt.repository;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.attempt.IdempotencyKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepositoryBase<IdempotencyKey, String> {

    /** SQL for the advisory lock of the key bound to {@code parameter}, in a namespace of the 64-bit lock space. */
    public static String lockOf(String parameter) {
        return "hashtextextended('quizbank.idempotency:' || " + parameter + ", 0)";
    }

    /**
     * Claims {@code key} until the transaction ends, for every instance sharing the database.
     *
     * @return false when another transaction is working on the same key right now
     */
    public boolean tryClaim(String key) {
        return (Boolean) getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(" + lockOf("?1") + ")")
                .setParameter(1, key)
                .getSingleResult();
    }

    public long purgeOlderThan(OffsetDateTime cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
