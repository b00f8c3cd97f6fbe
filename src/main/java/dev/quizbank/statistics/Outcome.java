package dev.quizbank.statistics;

import java.math.BigDecimal;

/**
 * One distinct response to one question, as graded, with the attempts that gave it: the scan grades a
 * response once and then only counts it. Made by {@link StatisticsAccumulator#outcome}.
 */
public final class Outcome {

    final int question;
    /** Points earned, in the accumulator's units. */
    final long x;
    final BigDecimal fraction;
    /** The indexes of the question's keys this response marks: chosen, or placed correctly. */
    final int[] marks;
    /** The normalised response of a shortText or numeric question, else null. */
    final String text;
    /** False once the question keeps too many distinct responses: then it is tallied attempt by attempt. */
    final boolean tracked;
    long count;
    /** ΣT of the attempts that gave it, in units. */
    long sumScores;

    Outcome(int question, long x, BigDecimal fraction, int[] marks, String text, boolean tracked) {
        this.question = question;
        this.x = x;
        this.fraction = fraction;
        this.marks = marks.clone();
        this.text = text;
        this.tracked = tracked;
    }

    /** Whether the accumulator keeps it: then the same response can be given this outcome again. */
    public boolean tracked() {
        return tracked;
    }
}
