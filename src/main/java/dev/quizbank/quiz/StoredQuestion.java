package dev.quizbank.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A question of a stored quiz version, as its row holds it; the parser's is a {@code Question}. */
@Entity
@Table(name = "question")
public class StoredQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_version_id", updatable = false)
    public QuizVersion quizVersion;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(nullable = false, updatable = false)
    public String text;

    /** The wire name of the question's type, {@code single} for every question published before there were others. */
    @Column(nullable = false, updatable = false)
    public String type;

    @Column(nullable = false, updatable = false)
    public BigDecimal points;

    /** The correct choice of a single-choice question; null for the other types. */
    @Column(name = "correct_key", updatable = false)
    public String correctKey;

    /** The key of every other type, as {@code QuestionDetails} writes it; null for a single-choice question. */
    @Column(updatable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    public String details;

    @Column(nullable = false, updatable = false)
    public String explanation;

    @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<Choice> choices = new ArrayList<>();
}
