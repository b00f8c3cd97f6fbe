package dev.quizbank.quiz;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A published version of a quiz. Rows are inserted once and never updated. */
@Entity
@Table(name = "quiz_version")
public class QuizVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "quiz_id", nullable = false, updatable = false)
    public String quizId;

    @Column(nullable = false, updatable = false)
    public int version;

    @Column(nullable = false, updatable = false)
    public int chapter;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(nullable = false, updatable = false)
    public String description;

    @Column(name = "source_sha256", nullable = false, updatable = false)
    public String sourceSha256;

    @Column(name = "published_at", nullable = false, updatable = false)
    public OffsetDateTime publishedAt;

    /** The author's subject; null for a version published from a bundled file. */
    @Column(name = "published_by", updatable = false)
    public String publishedBy;

    /** {@code full}, {@code correctness} or {@code score}: see {@link QuizSettings.Review}. */
    @Column(nullable = false, updatable = false)
    public String review;

    @Column(nullable = false, updatable = false)
    public boolean anonymous;

    @Column(name = "max_attempts", updatable = false)
    public Integer maxAttempts;

    @Column(name = "review_after_close", nullable = false, updatable = false)
    public String reviewAfterClose;

    @Column(name = "time_limit_seconds", updatable = false)
    public Integer timeLimitSeconds;

    @Column(name = "grace_seconds", nullable = false, updatable = false)
    public int graceSeconds;

    @Column(name = "shuffle_questions", nullable = false, updatable = false)
    public boolean shuffleQuestions;

    @Column(name = "shuffle_choices", nullable = false, updatable = false)
    public boolean shuffleChoices;

    @Column(name = "open_at", updatable = false)
    public OffsetDateTime openAt;

    @Column(name = "close_at", updatable = false)
    public OffsetDateTime closeAt;

    /** settings.pools as JSON: {@code [{"name", "draw", "questions": [numbers]}]}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String pools = "[]";

    /** {@code highest}, {@code average}, {@code first} or {@code last}: see {@link QuizSettings.GradingMethod}. */
    @Column(name = "grading_method", nullable = false, updatable = false)
    public String gradingMethod;

    /** settings.owners: the authors who own the quiz besides its publisher. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    public String[] owners = new String[0];

    @OneToMany(mappedBy = "quizVersion", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    public List<StoredQuestion> questions = new ArrayList<>();

    @OneToMany(mappedBy = "quizVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<ScoringBand> scoringGuide = new ArrayList<>();
}
