package dev.quizbank.statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.quizbank.statistics.Statistics.ScoreCount;
import dev.quizbank.statistics.Statistics.ScoreStatistics;

/**
 * The score T of the attempts, kept as a histogram: scores are whole numbers 0..maxScore, so the
 * histogram holds everything the mean, median, moments and sorted pairings need.
 */
final class ScoreDistribution {

    private final long[] counts;
    private final long n;
    private final long sum;
    private final long sumSquares;

    ScoreDistribution(long[] counts) {
        this.counts = counts;
        long attempts = 0;
        long s = 0;
        long q = 0;
        for (int t = 0; t < counts.length; t++) {
            attempts += counts[t];
            s += counts[t] * t;
            q += counts[t] * t * t;
        }
        this.n = attempts;
        this.sum = s;
        this.sumSquares = q;
    }

    long n() {
        return n;
    }

    long sum() {
        return sum;
    }

    long sumSquares() {
        return sumSquares;
    }

    long count(int score) {
        return score >= 0 && score < counts.length ? counts[score] : 0;
    }

    /** n·(n − 1)·var(T), exactly. */
    BigInteger scaledVar() {
        return Moments.exact(n, sumSquares, sum, sum);
    }

    Double sd() {
        return Moments.sd(n, scaledVar().doubleValue());
    }

    ScoreStatistics statistics() {
        List<ScoreCount> histogram = new ArrayList<>(counts.length);
        for (int t = 0; t < counts.length; t++) {
            histogram.add(new ScoreCount(t, counts[t]));
        }
        histogram = List.copyOf(histogram);
        if (n == 0) {
            return new ScoreStatistics(null, null, null, null, null, null, null, histogram);
        }
        Shape shape = shape();
        return new ScoreStatistics((double) sum / n, median(), sd(), min(), max(),
                shape.skewness(), shape.kurtosis(), histogram);
    }

    /** The (n + 1)/2-th value, or the mean of the two middle values when n is even. */
    private double median() {
        return (valueAt((n - 1) / 2) + valueAt(n / 2)) / 2.0;
    }

    /** The value at a 0-based position in ascending order. */
    private int valueAt(long position) {
        long seen = 0;
        for (int t = 0; t < counts.length; t++) {
            seen += counts[t];
            if (seen > position) {
                return t;
            }
        }
        throw new IllegalArgumentException("position " + position + " of " + n);
    }

    private int min() {
        return valueAt(0);
    }

    private int max() {
        return valueAt(n - 1);
    }

    /**
     * G1 and G2 from the centred sums M_p = Σ (n·t − ΣT)^p, which are exact integers: the
     * population moments are m_p = M_p / n^(p+1), so g1 = M3·√n / M2^1.5 and g2 = n·M4 / M2² − 3.
     */
    private Shape shape() {
        BigInteger m2 = BigInteger.ZERO;
        BigInteger m3 = BigInteger.ZERO;
        BigInteger m4 = BigInteger.ZERO;
        BigInteger total = BigInteger.valueOf(sum);
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] == 0) {
                continue;
            }
            BigInteger d = BigInteger.valueOf(n).multiply(BigInteger.valueOf(t)).subtract(total);
            BigInteger c = BigInteger.valueOf(counts[t]);
            BigInteger d2 = d.multiply(d);
            m2 = m2.add(c.multiply(d2));
            m3 = m3.add(c.multiply(d2).multiply(d));
            m4 = m4.add(c.multiply(d2).multiply(d2));
        }
        Double skewness = null;
        Double kurtosis = null;
        if (m2.signum() > 0) {
            double dn = n;
            double v = m2.doubleValue();
            if (n >= 3) {
                double g1 = m3.doubleValue() * Math.sqrt(dn) / (v * Math.sqrt(v));
                skewness = g1 * Math.sqrt(dn * (dn - 1)) / (dn - 2);
            }
            if (n >= 4) {
                double g2 = dn * (m4.doubleValue() / v) / v - 3;
                kurtosis = (dn - 1) / ((dn - 2) * (dn - 3)) * ((dn + 1) * g2 + 6);
            }
        }
        return new Shape(skewness, kurtosis);
    }

    private record Shape(Double skewness, Double kurtosis) {
    }
}
