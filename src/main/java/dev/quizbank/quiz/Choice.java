package dev.quizbank.quiz;

import java.math.BigDecimal;

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
@Table(name = "choice")
public class Choice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", updatable = false)
    public StoredQuestion question;

    @Column(nullable = false, updatable = false)
    public int position;

    @Column(nullable = false, updatable = false)
    public String key;

    @Column(nullable = false, updatable = false)
    public String text;

    /** The share of the points choosing it earns under weighted scoring; null when the source states none. */
    @Column(updatable = false)
    public BigDecimal fraction;

    /** CommonMark shown in a full review to whoever chose it; empty when the source states none. */
    @Column(nullable = false, updatable = false)
    public String feedback;
}
