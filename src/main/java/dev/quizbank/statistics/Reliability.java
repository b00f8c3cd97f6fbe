package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import org.apache.commons.statistics.distribution.FDistribution;

import dev.quizbank.statistics.Statistics.ReliabilityStatistics;

/** Cronbach's alpha with its Feldt interval, the error ratio and the standard error. */
final class Reliability {

    private static final ReliabilityStatistics UNDEFINED = new ReliabilityStatistics(null, null, null, null, null);

    private Reliability() {
    }

    /** Every figure null: for attempts that were not all given every question. */
    static ReliabilityStatistics undefined() {
        return UNDEFINED;
    }

    /**
     * @param k                 questions
     * @param itemScaledVarSum  Σᵢ n·(n − 1)·var(xᵢ), exactly
     * @param scores            the score distribution
     */
    static ReliabilityStatistics of(int k, BigInteger itemScaledVarSum, ScoreDistribution scores) {
        long n = scores.n();
        BigInteger scoreScaledVar = scores.scaledVar();
        if (k < 2 || n < 2 || scoreScaledVar.signum() == 0) {
            return UNDEFINED;
        }
        // 1 − α = (k·Σvar(xᵢ) − var(T)) / ((k − 1)·var(T)): an exact fraction that is never
        // negative (var(Σxᵢ) ≤ k·Σvar(xᵢ)), so √(1 − α) stays real even when α is 1.
        BigInteger denominator = BigInteger.valueOf(k - 1).multiply(scoreScaledVar);
        double oneMinusAlpha = ratio(BigInteger.valueOf(k).multiply(itemScaledVarSum).subtract(scoreScaledVar),
                denominator);
        double alpha = ratio(BigInteger.valueOf(k).multiply(scoreScaledVar.subtract(itemScaledVarSum)), denominator);

        double df1 = n - 1;
        FDistribution f = FDistribution.of(df1, df1 * (k - 1));
        double errorRatio = Math.sqrt(oneMinusAlpha);
        return new ReliabilityStatistics(alpha,
                1 - oneMinusAlpha * f.inverseCumulativeProbability(0.975),
                1 - oneMinusAlpha * f.inverseCumulativeProbability(0.025),
                errorRatio,
                errorRatio * scores.sd());
    }

    private static double ratio(BigInteger numerator, BigInteger denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
    }
}
