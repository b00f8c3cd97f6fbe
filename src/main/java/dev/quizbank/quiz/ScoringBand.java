package dev.quizbank.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "scoring_band")
public class ScoringBand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_version_id", updatable = false)
    public QuizVersion quizVersion;

    @Column(nullable = false, updatable = false)
    public int position;

    @Column(name = "min_score", nullable = false, updatable = false)
    public int minScore;

    @Column(name = "max_score", nullable = false, updatable = false)
    public int maxScore;

    @Column(nullable = false, updatable = false)
    public String level;

    @Column(nullable = false, updatable = false)
    public String recommendation;
}
