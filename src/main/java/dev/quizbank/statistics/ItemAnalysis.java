package dev.quizbank.statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.statistics.distribution.TDistribution;

import dev.quizbank.statistics.Statistics.ChoiceStatistics;
import dev.quizbank.statistics.Statistics.QuestionStatistics;

/**
 * The figures of one question from its exact sums, with x the points it earned and y = T − x, both in
 * the reduced unit: Σxy = ΣxT − Σx² and Σy² = ΣT² − 2·ΣxT + Σx². For a one-point single-choice
 * question x is 0 or 1 and these are the sums Moodle's definitions use.
 */
final class ItemAnalysis {

    /** The 0.975 quantile of the standard normal distribution, as docs/statistics.md fixes it. */
    static final double Z = 1.959963984540054;

    private final int index;
    private final ItemKey key;
    private final ItemSums sums;
    private final long max;
    private final ScoreDistribution scores;
    private final long n;

    /**
     * @param sums the question's sums in units of {@code unit}
     */
    ItemAnalysis(int index, ItemKey key, ItemSums sums, long unit, ScoreDistribution scores) {
        this.index = index;
        this.key = key;
        this.sums = sums;
        this.max = key.maxUnits() / unit;
        this.scores = scores;
        this.n = scores.n();
    }

    /** n·(n − 1)·var(x), exactly. */
    BigInteger scaledVar() {
        return Moments.exact(BigInteger.valueOf(n), sums.sumX2, sums.sumX, sums.sumX);
    }

    QuestionStatistics question(NavigableMap<Long, StatisticsAccumulator.Bucket> buckets) {
        BigInteger sumT = scores.sum();
        BigInteger sumY = sumT.subtract(sums.sumX);
        double cxx = scaledVar().doubleValue();
        double cyy = Moments.scaledCov(n, scores.sumSquares().subtract(sums.sumXT.shiftLeft(1)).add(sums.sumX2), sumY, sumY);
        double cxy = Moments.scaledCov(n, sums.sumXT.subtract(sums.sumX2), sums.sumX, sumY);

        BigInteger nm = BigInteger.valueOf(n).multiply(BigInteger.valueOf(max));
        Double facility = n == 0 ? null : Moments.quotient(sums.sumX, nm);
        Double sd = Moments.sd(n, cxx);
        if (sd != null && max != 1) {
            sd = sd / max;
        }
        Double discrimination = Moments.corr(cxy, cxx, cyy);
        Double efficiency = null;
        if (key.binary()) {
            long full = 0;
            for (StatisticsAccumulator.Bucket bucket : buckets.values()) {
                full += bucket.fullMarks[index];
            }
            double cxySorted = Moments.scaledCov(n, largestY(full, buckets).multiply(BigInteger.valueOf(max)),
                    sums.sumX, sumY);
            efficiency = cxySorted > 0 ? cxy / cxySorted : null;
        }
        Double low = null;
        Double high = null;
        if (facility != null && !sums.partial) {
            long full = sums.sumX.divide(BigInteger.valueOf(max)).longValueExact();
            low = wilson(full, n, -1);
            high = wilson(full, n, 1);
        } else if (facility != null && sd != null) {
            double half = TDistribution.of(n - 1.0).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
            low = Math.clamp(facility - half, 0.0, 1.0);
            high = Math.clamp(facility + half, 0.0, 1.0);
        }

        List<ChoiceStatistics> choices = new ArrayList<>();
        if (key.choiceType()) {
            double varT = scores.scaledVar().doubleValue();
            for (int c = 0; c < key.keys().size(); c++) {
                long count = sums.markCount[c];
                double cov = Moments.scaledCov(n, sums.markSumT[c], BigInteger.valueOf(count), sumT);
                choices.add(new ChoiceStatistics(key.keys().get(c), key.correct().contains(c), count,
                        n == 0 ? null : (double) count / n,
                        Moments.corr(cov, Moments.scaledCov(n, count, count, count), varT)));
            }
        }
        Set<Flag> flags = flags(facility, discrimination, efficiency, choices);
        return new QuestionStatistics(index + 1, facility, low, high, sd, discrimination, efficiency,
                key.randomGuessScore(), List.copyOf(choices), List.copyOf(flags),
                key.textType() ? Detail.responses(sums) : null, key.textType() ? Detail.otherResponses(sums) : null,
                key.choiceType() || key.textType() ? null : Detail.placements(key, sums, n));
    }

    private Set<Flag> flags(Double facility, Double discrimination, Double efficiency, List<ChoiceStatistics> choices) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (facility != null && facility > Flag.TOO_EASY_ABOVE) {
            flags.add(Flag.TOO_EASY);
        }
        if (facility != null && key.randomGuessScore() != null && facility < key.randomGuessScore()) {
            flags.add(Flag.TOO_HARD);
        }
        if (discrimination != null && discrimination < 0) {
            flags.add(Flag.NEGATIVE_DISCRIMINATION);
        }
        if (efficiency != null && efficiency < Flag.LOW_EFFICIENCY_BELOW) {
            flags.add(Flag.LOW_EFFICIENCY);
        }
        for (ChoiceStatistics choice : choices) {
            if (!choice.correct() && n > 0 && choice.count() == 0) {
                flags.add(Flag.DEAD_DISTRACTOR);
            }
            if (!choice.correct() && choice.pointBiserial() != null && choice.pointBiserial() > 0) {
                flags.add(Flag.ATTRACTIVE_DISTRACTOR);
            }
        }
        return flags;
    }

    /**
     * Σ of the {@code full} largest y: sorted ascending, the full marks of x pair with the largest y.
     * An attempt with score t has y = t − m if it earned full marks, y = t otherwise.
     */
    private BigInteger largestY(long full, NavigableMap<Long, StatisticsAccumulator.Bucket> buckets) {
        TreeMap<Long, Long> ys = new TreeMap<>();
        for (Map.Entry<Long, StatisticsAccumulator.Bucket> bucket : buckets.entrySet()) {
            long right = bucket.getValue().fullMarks[index];
            ys.merge(bucket.getKey(), bucket.getValue().count - right, Long::sum);
            ys.merge(bucket.getKey() - max, right, Long::sum);
        }
        long left = full;
        BigInteger total = BigInteger.ZERO;
        for (Map.Entry<Long, Long> y : ys.descendingMap().entrySet()) {
            if (left == 0) {
                break;
            }
            long taken = Math.min(left, y.getValue());
            total = total.add(BigInteger.valueOf(taken).multiply(BigInteger.valueOf(y.getKey())));
            left -= taken;
        }
        return total;
    }

    /** One end of the 95% Wilson score interval of s successes in n trials (side −1 or +1). */
    private static double wilson(long s, long n, int side) {
        double p = (double) s / n;
        double z2 = Z * Z;
        double centre = p + z2 / (2.0 * n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return Math.clamp((centre + side * half) / (1 + z2 / n), 0.0, 1.0);
    }
}
