package dev.quizbank.attempt;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The first request made with an Idempotency-Key, kept so that retries replay its attempt. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey {

    @Id
    public String key;

    @Column(nullable = false, updatable = false)
    public String fingerprint;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    public UUID attemptId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
