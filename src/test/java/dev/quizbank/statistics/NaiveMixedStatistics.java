package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

import dev.quizbank.statistics.MixedDataSet.Graded;
import dev.quizbank.statistics.Statistics.ChoiceStatistics;
import dev.quizbank.statistics.Statistics.Placement;
import dev.quizbank.statistics.Statistics.QuestionStatistics;
import dev.quizbank.statistics.Statistics.ReliabilityStatistics;
import dev.quizbank.statistics.Statistics.ResponseCount;
import dev.quizbank.statistics.Statistics.ScoreCount;
import dev.quizbank.statistics.Statistics.ScoreStatistics;

/**
 * The test's own reading of docs/statistics.md for partial credit, straight from the full list of
 * attempts: x = points earned, T = Σx, y = T − x, two-pass means and deviations, Pearson's r,
 * sorted columns for the efficiency. It shares no code with the engine.
 */
final class NaiveMixedStatistics {

    private static final double Z = 1.959963984540054;

    private NaiveMixedStatistics() {
    }

    static Statistics compute(MixedDataSet data) {
        boolean[][] all = new boolean[data.attempts().size()][data.items().size()];
        for (boolean[] attempt : all) {
            Arrays.fill(attempt, true);
        }
        return compute(data, all);
    }

    /**
     * With drawn questions: {@code given[a][i]} tells whether attempt a was given question i. T sums the questions
     * given; each question's figures come from the attempts given it alone; alpha is undefined once any attempt
     * misses a question.
     */
    static Statistics compute(MixedDataSet data, boolean[][] given) {
        int n = data.attempts().size();
        int k = data.items().size();
        double[][] x = new double[k][n];
        BigDecimal[] exactT = new BigDecimal[n];
        double[] t = new double[n];
        boolean drawn = false;
        for (int a = 0; a < n; a++) {
            exactT[a] = BigDecimal.ZERO;
            for (int i = 0; i < k; i++) {
                drawn |= !given[a][i];
                BigDecimal earned = given[a][i] ? graded(data, i, a).fraction().multiply(data.points().get(i)) : BigDecimal.ZERO;
                x[i][a] = earned.doubleValue();
                exactT[a] = exactT[a].add(earned);
            }
            t[a] = exactT[a].doubleValue();
        }
        List<QuestionStatistics> questions = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int question = i;
            int[] asked = IntStream.range(0, n).filter(a -> given[a][question]).toArray();
            MixedDataSet askedData = new MixedDataSet(data.items(), data.points(), data.pools(),
                    Arrays.stream(asked).mapToObj(a -> data.attempts().get(a)).toList());
            questions.add(question(askedData, i, Arrays.stream(asked).mapToDouble(a -> x[question][a]).toArray(),
                    Arrays.stream(asked).mapToDouble(a -> t[a]).toArray()));
        }
        BigDecimal maxScore = data.points().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Statistics(n, score(maxScore, exactT, t),
                drawn ? new ReliabilityStatistics(null, null, null, null, null) : reliability(x, t), questions);
    }

    private static Graded graded(MixedDataSet data, int question, int attempt) {
        return data.pools().get(question).get(data.attempts().get(attempt)[question]);
    }

    private static ScoreStatistics score(BigDecimal maxScore, BigDecimal[] exactT, double[] t) {
        int n = t.length;
        TreeMap<BigDecimal, Long> counts = new TreeMap<>();
        for (BigDecimal v : exactT) {
            counts.merge(v.stripTrailingZeros(), 1L, Long::sum);
        }
        List<ScoreCount> histogram = new ArrayList<>();
        boolean whole = maxScore.stripTrailingZeros().scale() <= 0
                && counts.keySet().stream().allMatch(v -> v.scale() <= 0);
        if (whole) {
            for (int s = 0; s <= maxScore.intValue(); s++) {
                histogram.add(new ScoreCount(s, counts.getOrDefault(BigDecimal.valueOf(s).stripTrailingZeros(), 0L)));
            }
        } else {
            counts.forEach((v, c) -> histogram.add(new ScoreCount(Statistics.score(v), c)));
        }
        if (n == 0) {
            return new ScoreStatistics(null, null, null, null, null, null, null, histogram);
        }
        double[] sorted = t.clone();
        Arrays.sort(sorted);
        double mean = mean(t);
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : t) {
            double d = v - mean;
            m2 += d * d / n;
            m3 += d * d * d / n;
            m4 += d * d * d * d / n;
        }
        Double skewness = n >= 3 && m2 > 0 ? m3 / Math.pow(m2, 1.5) * Math.sqrt((double) n * (n - 1)) / (n - 2) : null;
        Double kurtosis = n >= 4 && m2 > 0
                ? (n - 1.0) / ((n - 2.0) * (n - 3.0)) * ((n + 1.0) * (m4 / (m2 * m2) - 3) + 6) : null;
        return new ScoreStatistics(mean, (sorted[(n - 1) / 2] + sorted[n / 2]) / 2, sd(t),
                Statistics.score(BigDecimal.valueOf(sorted[0])), Statistics.score(BigDecimal.valueOf(sorted[n - 1])),
                skewness, kurtosis, histogram);
    }

    private static QuestionStatistics question(MixedDataSet data, int i, double[] x, double[] t) {
        ItemKey item = data.items().get(i);
        double m = data.points().get(i).doubleValue();
        int n = t.length;
        double[] y = new double[n];
        double[] share = new double[n];
        boolean partial = false;
        for (int a = 0; a < n; a++) {
            y[a] = t[a] - x[a];
            share[a] = x[a] / m;
            partial |= x[a] != 0 && x[a] != m;
        }
        Double facility = n == 0 ? null : mean(x) / m;
        Double sd = sd(share);
        Double discrimination = pearson(x, y);
        Double efficiency = null;
        if (item.binary()) {
            double[] sx = x.clone();
            double[] sy = y.clone();
            Arrays.sort(sx);
            Arrays.sort(sy);
            double sorted = cov(sx, sy);
            efficiency = n >= 2 && sorted > 0 ? cov(x, y) / sorted : null;
        }
        Double low = null;
        Double high = null;
        if (facility != null && !partial) {
            double p = facility;
            double spread = Z / (2.0 * n) * Math.sqrt(4 * n * p * (1 - p) + Z * Z);
            low = Math.max(0, (p + Z * Z / (2.0 * n) - spread) / (1 + Z * Z / n));
            high = Math.min(1, (p + Z * Z / (2.0 * n) + spread) / (1 + Z * Z / n));
        } else if (facility != null && n >= 2) {
            double half = TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
            low = Math.max(0, facility - half);
            high = Math.min(1, facility + half);
        }
        boolean choiceType = switch (item.type()) {
            case single, multiple, trueFalse -> true;
            default -> false;
        };
        boolean textType = item.keys().isEmpty() && !choiceType;
        List<ChoiceStatistics> choices = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        for (int c = 0; c < item.keys().size(); c++) {
            double[] marked = new double[n];
            long count = 0;
            for (int a = 0; a < n; a++) {
                int key = c;
                if (Arrays.stream(graded(data, i, a).marks()).anyMatch(mark -> mark == key)) {
                    marked[a] = 1;
                    count++;
                }
            }
            Double proportion = n == 0 ? null : (double) count / n;
            if (choiceType) {
                choices.add(new ChoiceStatistics(item.keys().get(c), item.correct().contains(c), count, proportion,
                        pearson(marked, t)));
            } else {
                placements.add(new Placement(item.keys().get(c), count, proportion));
            }
        }
        List<ResponseCount> responses = null;
        Long other = null;
        if (textType) {
            Map<String, Long> counts = new HashMap<>();
            Map<String, BigDecimal> fractions = new HashMap<>();
            for (int a = 0; a < n; a++) {
                Graded g = graded(data, i, a);
                if (g.text() != null) {
                    counts.merge(g.text(), 1L, Long::sum);
                    fractions.put(g.text(), g.fraction().stripTrailingZeros());
                }
            }
            responses = counts.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                    .limit(20).map(e -> new ResponseCount(e.getKey(), e.getValue(), fractions.get(e.getKey()))).toList();
            other = counts.values().stream().mapToLong(Long::longValue).sum()
                    - responses.stream().mapToLong(ResponseCount::count).sum();
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (facility != null && facility > 0.9) {
            flags.add(Flag.TOO_EASY);
        }
        if (facility != null && item.randomGuessScore() != null && facility < item.randomGuessScore()) {
            flags.add(Flag.TOO_HARD);
        }
        if (discrimination != null && discrimination < 0) {
            flags.add(Flag.NEGATIVE_DISCRIMINATION);
        }
        if (efficiency != null && efficiency < 0.15) {
            flags.add(Flag.LOW_EFFICIENCY);
        }
        for (ChoiceStatistics c : choices) {
            if (!c.correct() && n > 0 && c.count() == 0) {
                flags.add(Flag.DEAD_DISTRACTOR);
            }
            if (!c.correct() && c.pointBiserial() != null && c.pointBiserial() > 0) {
                flags.add(Flag.ATTRACTIVE_DISTRACTOR);
            }
        }
        return new QuestionStatistics(i + 1, facility, low, high, sd, discrimination, efficiency,
                item.randomGuessScore(), choices, List.copyOf(flags), responses, other,
                choiceType || textType ? null : placements);
    }

    private static ReliabilityStatistics reliability(double[][] x, double[] t) {
        int k = x.length;
        int n = t.length;
        if (k < 2 || n < 2 || cov(t, t) == 0) {
            return new ReliabilityStatistics(null, null, null, null, null);
        }
        double items = 0;
        for (double[] column : x) {
            items += cov(column, column);
        }
        double alpha = (double) k / (k - 1) * (1 - items / cov(t, t));
        FDistribution f = FDistribution.of(n - 1, (n - 1.0) * (k - 1));
        double errorRatio = Math.sqrt(Math.max(0, 1 - alpha));
        return new ReliabilityStatistics(alpha, 1 - (1 - alpha) * f.inverseCumulativeProbability(0.975),
                1 - (1 - alpha) * f.inverseCumulativeProbability(0.025), errorRatio, errorRatio * sd(t));
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).sum() / values.length;
    }

    /**
     * Sample covariance (n − 1) from the two-pass co-moment Σ(n·aᵢ − Σa)(n·bᵢ − Σb) of the values in 64ths of a
     * point, which are whole numbers here: exact, so a zero or a sign is exact too and flags compare exactly.
     */
    private static double cov(double[] a, double[] b) {
        long n = a.length;
        long sumA = 0;
        long sumB = 0;
        for (int i = 0; i < n; i++) {
            sumA += sixtyFourths(a[i]);
            sumB += sixtyFourths(b[i]);
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += (n * sixtyFourths(a[i]) - sumA) * (n * sixtyFourths(b[i]) - sumB);
        }
        return total / ((double) n * n * (n - 1)) / (64.0 * 64.0);
    }

    private static long sixtyFourths(double value) {
        double scaled = value * 64;
        if (scaled != Math.rint(scaled)) {
            throw new IllegalArgumentException(value + " is not a whole number of 64ths");
        }
        return (long) scaled;
    }

    private static Double sd(double[] values) {
        return values.length < 2 ? null : Math.sqrt(cov(values, values));
    }

    private static Double pearson(double[] a, double[] b) {
        if (a.length < 2 || cov(a, a) == 0 || cov(b, b) == 0) {
            return null;
        }
        return Math.clamp(cov(a, b) / Math.sqrt(cov(a, a) * cov(b, b)), -1.0, 1.0);
    }
}
