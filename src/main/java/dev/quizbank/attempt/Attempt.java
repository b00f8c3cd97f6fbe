package dev.quizbank.attempt;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A graded attempt. Written once; {@link #result} is the response body, served as stored. */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    public UUID id;

    @Column(name = "quiz_id", nullable = false, updatable = false)
    public String quizId;

    @Column(name = "quiz_version", nullable = false, updatable = false)
    public int quizVersion;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public OffsetDateTime submittedAt;

    @Column(nullable = false, updatable = false)
    public int score;

    @Column(nullable = false, updatable = false)
    public int answered;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<AttemptRequest.Answer> answers;

    @Column(nullable = false, updatable = false)
    public String result;
}
