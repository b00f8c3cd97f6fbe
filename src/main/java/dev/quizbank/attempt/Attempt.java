package dev.quizbank.attempt;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A graded attempt, written once: what was chosen, compactly; its response is rendered on read. */
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

    /** The points earned, a sum of decimal points. */
    @Column(nullable = false, updatable = false)
    public BigDecimal score;

    @Column(nullable = false, updatable = false)
    public int answered;

    /**
     * What was chosen, one byte per question of the version in number order: the 1-based position of
     * the chosen choice, 0 when unanswered. The response is rendered from these and the version.
     */
    @Column(nullable = false, updatable = false)
    public byte[] choices;

    /** The responses to questions of other types than single-choice, encoded by {@code Grader}; null when the quiz has none. */
    @Column(updatable = false)
    public byte[] responses;

    /**
     * Which questions of the version the attempt was given, a bit per question ({@code GivenQuestions}); null when
     * it was given every question, as every attempt graded from a one-shot sheet was.
     */
    @Column(updatable = false)
    public byte[] given;

    /** The learner (token subject) the attempt belongs to; null for an anonymous attempt. */
    @Column(name = "learner_id", updatable = false)
    public String learnerId;
}
