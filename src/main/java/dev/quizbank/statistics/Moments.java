package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Second moments from exact integer sums. With n values, n·Σab − Σa·Σb equals n·(n − 1)·cov(a, b);
 * computing it in integers and rounding once avoids the cancellation of the textbook
 * "Σa² / n − mean²" in floating point, and its sign is always exact.
 */
final class Moments {

    private Moments() {
    }

    /** n·Σab − Σa·Σb, exactly, then rounded to the nearest double. */
    static double scaledCov(long n, long sumAB, long sumA, long sumB) {
        return exact(n, sumAB, sumA, sumB).doubleValue();
    }

    static BigInteger exact(long n, long sumAB, long sumA, long sumB) {
        return BigInteger.valueOf(n).multiply(BigInteger.valueOf(sumAB))
                .subtract(BigInteger.valueOf(sumA).multiply(BigInteger.valueOf(sumB)));
    }

    /** Sample standard deviation from n·(n − 1)·var; null below two values. */
    static Double sd(long n, double scaledVar) {
        return n < 2 ? null : Math.sqrt(scaledVar / ((double) n * (n - 1)));
    }

    /** Pearson's correlation from the scaled co-moments; null when either variance is zero. */
    static Double corr(double scaledCov, double scaledVarA, double scaledVarB) {
        if (!(scaledVarA > 0) || !(scaledVarB > 0)) {
            return null;
        }
        double r = scaledCov / (Math.sqrt(scaledVarA) * Math.sqrt(scaledVarB));
        return Math.clamp(r, -1.0, 1.0);
    }

    static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    static BigInteger exact(BigInteger n, BigInteger sumAB, BigInteger sumA, BigInteger sumB) {
        return n.multiply(sumAB).subtract(sumA.multiply(sumB));
    }

    /** n·Σab − Σa·Σb, exactly, then rounded to the nearest double. */
    static double scaledCov(long n, BigInteger sumAB, BigInteger sumA, BigInteger sumB) {
        return exact(BigInteger.valueOf(n), sumAB, sumA, sumB).doubleValue();
    }

    /** The nearest double to a / b (b > 0): one division of doubles when both are exact as doubles. */
    static double quotient(BigInteger a, BigInteger b) {
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            return a.doubleValue() / b.doubleValue();
        }
        return new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128).doubleValue();
    }
}
