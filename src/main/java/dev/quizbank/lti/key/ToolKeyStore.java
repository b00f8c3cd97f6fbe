package dev.quizbank.lti.key;

import static jakarta.transaction.Transactional.TxType.REQUIRED;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The tool's generated keys in PostgreSQL. Every instance reads and rotates them under one advisory lock, so
 * two instances starting at once make one key, not two.
 */
@ApplicationScoped
@Transactional(REQUIRED)
class ToolKeyStore {

    private static final int KEY_SIZE = 2048;

    record StoredKey(String kid, String jwk, OffsetDateTime createdAt, OffsetDateTime retiredAt) {
    }

    private final EntityManager entities;

    ToolKeyStore(EntityManager entities) {
        this.entities = entities;
    }

    /** The keys as stored, newest first, without making one. */
    List<StoredKey> stored() {
        return read();
    }

    /** The keys after making one when there is none, or a new one when the current is older than {@code rotateAfter}. */
    List<StoredKey> keys(Duration rotateAfter, Duration keepRetired) {
        lock();
        List<StoredKey> keys = read();
        StoredKey current = keys.stream().filter(key -> key.retiredAt() == null).findFirst().orElse(null);
        if (current == null || current.createdAt().isBefore(OffsetDateTime.now().minus(rotateAfter))) {
            replace();
            keys = read();
        }
        entities.createNativeQuery("delete from {h-schema}lti_tool_key where retired_at < ?1")
                .setParameter(1, OffsetDateTime.now().minus(keepRetired)).executeUpdate();
        return keys;
    }

    /** Retires the current key and makes a new one now, whatever their age. */
    List<StoredKey> rotate() {
        lock();
        replace();
        return read();
    }

    private void replace() {
        RSAKey key = generate();
        entities.createNativeQuery("update {h-schema}lti_tool_key set retired_at = now() where retired_at is null").executeUpdate();
        entities.createNativeQuery("insert into {h-schema}lti_tool_key (kid, jwk) values (?1, ?2)")
                .setParameter(1, key.getKeyID()).setParameter(2, key.toJSONString()).executeUpdate();
    }

    private void lock() {
        entities.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('quizbank.lti.tool-key', 0))").getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<StoredKey> read() {
        List<Object[]> rows = entities.createNativeQuery(
                "select kid, jwk, created_at, retired_at from {h-schema}lti_tool_key order by created_at desc, kid").getResultList();
        return rows.stream().map(row -> new StoredKey((String) row[0], (String) row[1], offset(row[2]), offset(row[3]))).toList();
    }

    private static OffsetDateTime offset(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime time -> time;
            case java.time.Instant instant -> instant.atOffset(java.time.ZoneOffset.UTC);
            case java.sql.Timestamp stamp -> stamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
            default -> throw new IllegalStateException("unexpected timestamp " + value.getClass());
        };
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }
}
