package dev.quizbank.quiz;

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

/** A question of a stored quiz version, as its row holds it; the parser's is {@code Question.Single}. */
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

    @Column(name = "correct_key", nullable = false, updatable = false)
    public String correctKey;

    @Column(nullable = false, updatable = false)
    public String explanation;

    @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<Choice> choices = new ArrayList<>();
}
