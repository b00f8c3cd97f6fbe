package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.statistics.distribution.FDistribution;

import dev.quizbank.statistics.AnswerKey.Item;
import dev.quizbank.statistics.Statistics.ChoiceStatistics;
import dev.quizbank.statistics.Statistics.QuestionStatistics;
import dev.quizbank.statistics.Statistics.ReliabilityStatistics;
import dev.quizbank.statistics.Statistics.ScoreCount;
import dev.quizbank.statistics.Statistics.ScoreStatistics;

/**
 * The test's own reading of docs/statistics.md, straight from the full list of attempts: build the columns x,
 * y, T, sort them, take means, two-pass deviations, Pearson's r. It shares no code with the
 * engine. Co-moments are centred two-pass sums Σ(n·a − Σa)(n·b − Σb) in integers, so that a
 * zero or a sign is exact here too and the flags can be compared exactly.
 */
final class NaiveStatistics {

    private static final double Z = 1.959963984540054;

    private NaiveStatistics() {
    }

    static Statistics compute(AnswerKey key, List<byte[]> attempts) {
        int n = attempts.size();
        int k = key.questions();
        long[][] x = new long[k][n];
        long[] total = new long[n];
        for (int a = 0; a < n; a++) {
            for (int i = 0; i < k; i++) {
                x[i][a] = attempts.get(a)[i] == key.items().get(i).correct() ? 1 : 0;
                total[a] += x[i][a];
            }
        }
        List<QuestionStatistics> questions = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            questions.add(question(i, key.items().get(i), attempts, x[i], total));
        }
        return new Statistics(n, score(k, total), reliability(x, total), questions);
    }

    private static ScoreStatistics score(int maxScore, long[] t) {
        int n = t.length;
        List<ScoreCount> histogram = new ArrayList<>();
        for (int s = 0; s <= maxScore; s++) {
            int score = s;
            histogram.add(new ScoreCount(s, Arrays.stream(t).filter(v -> v == score).count()));
        }
        if (n == 0) {
            return new ScoreStatistics(null, null, null, null, null, null, null, histogram);
        }
        long[] sorted = t.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        double mean = mean(t);
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (long v : t) {
            double d = v - mean;
            m2 += d * d / n;
            m3 += d * d * d / n;
            m4 += d * d * d * d / n;
        }
        boolean varies = sorted[0] != sorted[n - 1];
        Double skewness = n >= 3 && varies ? Math.sqrt((double) n * (n - 1)) / (n - 2) * m3 / Math.pow(m2, 1.5) : null;
        Double kurtosis = n >= 4 && varies
                ? (n - 1.0) / ((n - 2.0) * (n - 3.0)) * ((n + 1) * (m4 / (m2 * m2) - 3) + 6) : null;
        return new ScoreStatistics(mean, median, sd(t), (int) sorted[0], (int) sorted[n - 1], skewness, kurtosis,
                histogram);
    }

    private static QuestionStatistics question(int i, Item item, List<byte[]> attempts, long[] x, long[] t) {
        int n = t.length;
        long[] y = new long[n];
        for (int a = 0; a < n; a++) {
            y[a] = t[a] - x[a];
        }
        long[] sortedX = x.clone();
        long[] sortedY = y.clone();
        Arrays.sort(sortedX);
        Arrays.sort(sortedY);
        long sortedCov = comoment(sortedX, sortedY);
        Double efficiency = n >= 2 && sortedCov != 0 ? (double) comoment(x, y) / sortedCov : null;
        Double facility = n == 0 ? null : mean(x);
        Double discrimination = pearson(x, y);
        double guess = 1.0 / item.choices();

        List<ChoiceStatistics> choices = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        boolean dead = false;
        boolean attractive = false;
        for (int c = 1; c <= item.choices(); c++) {
            long[] chose = new long[n];
            for (int a = 0; a < n; a++) {
                chose[a] = attempts.get(a)[i] == c ? 1 : 0;
            }
            long count = Arrays.stream(chose).sum();
            Double pointBiserial = pearson(chose, t);
            boolean correct = c == item.correct();
            choices.add(new ChoiceStatistics(item.choiceKeys().get(c - 1), correct, count,
                    n == 0 ? null : (double) count / n, pointBiserial));
            dead |= !correct && n > 0 && count == 0;
            attractive |= !correct && pointBiserial != null && pointBiserial > 0;
        }
        if (facility != null && facility > 0.9) {
            flags.add(Flag.TOO_EASY);
        }
        if (facility != null && facility < guess) {
            flags.add(Flag.TOO_HARD);
        }
        if (discrimination != null && discrimination < 0) {
            flags.add(Flag.NEGATIVE_DISCRIMINATION);
        }
        if (efficiency != null && efficiency < 0.15) {
            flags.add(Flag.LOW_EFFICIENCY);
        }
        if (dead) {
            flags.add(Flag.DEAD_DISTRACTOR);
        }
        if (attractive) {
            flags.add(Flag.ATTRACTIVE_DISTRACTOR);
        }
        Double low = null;
        Double high = null;
        if (facility != null) {
            // Wilson's interval in its textbook form: (p + z²/2n ± z/(2n)·√(4np(1−p) + z²)) / (1 + z²/n)
            double p = facility;
            double spread = Z / (2.0 * n) * Math.sqrt(4 * n * p * (1 - p) + Z * Z);
            low = Math.max(0, (p + Z * Z / (2.0 * n) - spread) / (1 + Z * Z / n));
            high = Math.min(1, (p + Z * Z / (2.0 * n) + spread) / (1 + Z * Z / n));
        }
        return new QuestionStatistics(i + 1, facility, low, high, sd(x), discrimination, efficiency, guess,
                choices, flags, null, null, null);
    }

    private static ReliabilityStatistics reliability(long[][] x, long[] t) {
        int k = x.length;
        int n = t.length;
        BigInteger scoreDeviations = squaredDeviations(t);
        if (k < 2 || n < 2 || scoreDeviations.signum() == 0) {
            return new ReliabilityStatistics(null, null, null, null, null);
        }
        BigInteger itemDeviations = BigInteger.ZERO;
        for (long[] column : x) {
            itemDeviations = itemDeviations.add(squaredDeviations(column));
        }
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal ratio = new BigDecimal(itemDeviations).divide(new BigDecimal(scoreDeviations), mc);
        BigDecimal alpha = BigDecimal.valueOf(k).divide(BigDecimal.valueOf(k - 1), mc)
                .multiply(BigDecimal.ONE.subtract(ratio), mc);
        double oneMinusAlpha = BigDecimal.ONE.subtract(alpha, mc).doubleValue();
        FDistribution f = FDistribution.of(n - 1, (n - 1.0) * (k - 1));
        double errorRatio = Math.sqrt(Math.max(0, oneMinusAlpha));
        return new ReliabilityStatistics(alpha.doubleValue(),
                1 - oneMinusAlpha * f.inverseCumulativeProbability(0.975),
                1 - oneMinusAlpha * f.inverseCumulativeProbability(0.025),
                errorRatio, errorRatio * sd(t));
    }

    private static double mean(long[] values) {
        return (double) Arrays.stream(values).sum() / values.length;
    }

    private static Double sd(long[] values) {
        int n = values.length;
        if (n < 2) {
            return null;
        }
        double mean = mean(values);
        double squares = 0;
        for (long v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (n - 1));
    }

    private static Double pearson(long[] a, long[] b) {
        long aa = comoment(a, a);
        long bb = comoment(b, b);
        if (a.length < 2 || aa == 0 || bb == 0) {
            return null;
        }
        return comoment(a, b) / Math.sqrt((double) aa * bb);
    }

    /** Σ (n·aᵢ − Σa)(n·bᵢ − Σb) = n²·(n − 1)·cov(a, b), exact for small integer data. */
    private static long comoment(long[] a, long[] b) {
        long n = a.length;
        long sumA = Arrays.stream(a).sum();
        long sumB = Arrays.stream(b).sum();
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += (n * a[i] - sumA) * (n * b[i] - sumB);
        }
        return total;
    }

    private static BigInteger squaredDeviations(long[] values) {
        return BigInteger.valueOf(comoment(values, values));
    }
}
