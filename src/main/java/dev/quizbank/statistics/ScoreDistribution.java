package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import dev.quizbank.statistics.Statistics.ScoreCount;
import dev.quizbank.statistics.Statistics.ScoreStatistics;

/**
 * The score T of the attempts, kept as a histogram keyed by exact score: in whole multiples of
 * {@code unit} points, so the histogram holds everything the mean, median, moments and sorted
 * pairings need, and every sum is an exact integer.
 */
final class ScoreDistribution {

    /** A histogram lists every whole score 0..maxScore up to this maxScore; past it, the scores seen. */
    static final int DENSE_UP_TO = 1000;

    private final NavigableMap<Long, StatisticsAccumulator.Bucket> buckets;
    private final BigDecimal unit;
    private final BigDecimal maxScore;
    private final long n;
    private final BigInteger sum;
    private final BigInteger sumSquares;

    ScoreDistribution(NavigableMap<Long, StatisticsAccumulator.Bucket> buckets, BigDecimal unit, BigDecimal maxScore) {
        this.buckets = buckets;
        this.unit = unit;
        this.maxScore = maxScore;
        long attempts = 0;
        BigInteger s = BigInteger.ZERO;
        BigInteger q = BigInteger.ZERO;
        for (Map.Entry<Long, StatisticsAccumulator.Bucket> bucket : buckets.entrySet()) {
            BigInteger t = BigInteger.valueOf(bucket.getKey());
            BigInteger c = BigInteger.valueOf(bucket.getValue().count);
            attempts += bucket.getValue().count;
            s = s.add(c.multiply(t));
            q = q.add(c.multiply(t).multiply(t));
        }
        this.n = attempts;
        this.sum = s;
        this.sumSquares = q;
    }

    long n() {
        return n;
    }

    BigInteger sum() {
        return sum;
    }

    BigInteger sumSquares() {
        return sumSquares;
    }

    /** n·(n − 1)·var(T), exactly, in units squared. */
    BigInteger scaledVar() {
        return Moments.exact(BigInteger.valueOf(n), sumSquares, sum, sum);
    }

    /** sd(T) in points. */
    Double sd() {
        Double sd = Moments.sd(n, scaledVar().doubleValue());
        if (sd == null || unit.compareTo(BigDecimal.ONE) == 0) {
            return sd;
        }
        return sd * unit.doubleValue();
    }

    ScoreStatistics statistics() {
        List<ScoreCount> histogram = histogram();
        if (n == 0) {
            return new ScoreStatistics(null, null, null, null, null, null, null, histogram);
        }
        Shape shape = shape();
        BigDecimal median = points(valueAt((n - 1) / 2)).add(points(valueAt(n / 2)))
                .divide(BigDecimal.TWO, unit.scale() + 1, RoundingMode.UNNECESSARY);
        return new ScoreStatistics(mean(), median.doubleValue(), sd(), Statistics.score(points(valueAt(0))),
                Statistics.score(points(valueAt(n - 1))), shape.skewness(), shape.kurtosis(), histogram);
    }

    private double mean() {
        BigDecimal exact = new BigDecimal(sum).multiply(unit);
        BigInteger numerator = exact.unscaledValue();
        BigInteger denominator = BigInteger.valueOf(n).multiply(BigInteger.TEN.pow(Math.max(0, exact.scale())));
        if (exact.scale() < 0) {
            numerator = exact.toBigIntegerExact();
        }
        return Moments.quotient(numerator, denominator);
    }

    /**
     * Every whole score 0..maxScore when scores are whole (as with one point per question), else one
     * entry per score seen, ascending.
     */
    private List<ScoreCount> histogram() {
        boolean whole = maxScore.stripTrailingZeros().scale() <= 0 && maxScore.compareTo(BigDecimal.valueOf(DENSE_UP_TO)) <= 0
                && buckets.keySet().stream().allMatch(t -> points(t).stripTrailingZeros().scale() <= 0);
        List<ScoreCount> histogram = new ArrayList<>();
        if (whole) {
            long[] counts = new long[maxScore.intValueExact() + 1];
            buckets.forEach((t, bucket) -> counts[points(t).intValueExact()] = bucket.count);
            for (int t = 0; t < counts.length; t++) {
                histogram.add(new ScoreCount(t, counts[t]));
            }
        } else {
            buckets.forEach((t, bucket) -> histogram.add(new ScoreCount(Statistics.score(points(t)), bucket.count)));
        }
        return List.copyOf(histogram);
    }

    BigDecimal points(long units) {
        return BigDecimal.valueOf(units).multiply(unit);
    }

    /** The value at a 0-based position in ascending order, in units. */
    private long valueAt(long position) {
        long seen = 0;
        for (Map.Entry<Long, StatisticsAccumulator.Bucket> bucket : buckets.entrySet()) {
            seen += bucket.getValue().count;
            if (seen > position) {
                return bucket.getKey();
            }
        }
        throw new IllegalArgumentException("position " + position + " of " + n);
    }

    /**
     * G1 and G2 from the centred sums M_p = Σ (n·t − ΣT)^p, which are exact integers: the
     * population moments are m_p = M_p / n^(p+1), so g1 = M3·√n / M2^1.5 and g2 = n·M4 / M2² − 3.
     */
    private Shape shape() {
        BigInteger m2 = BigInteger.ZERO;
        BigInteger m3 = BigInteger.ZERO;
        BigInteger m4 = BigInteger.ZERO;
        for (Map.Entry<Long, StatisticsAccumulator.Bucket> bucket : buckets.entrySet()) {
            BigInteger d = BigInteger.valueOf(n).multiply(BigInteger.valueOf(bucket.getKey())).subtract(sum);
            BigInteger c = BigInteger.valueOf(bucket.getValue().count);
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
