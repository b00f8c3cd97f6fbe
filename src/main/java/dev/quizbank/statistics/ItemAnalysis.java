package dev.quizbank.statistics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.quizbank.statistics.AnswerKey.Item;
import dev.quizbank.statistics.Statistics.ChoiceStatistics;
import dev.quizbank.statistics.Statistics.QuestionStatistics;

/**
 * The figures of one question from its accumulated sums. With x = 1 for a correct answer and
 * y = T − x: Σx = Σx² = s (the correct count), Σxy = ΣTx − s and Σy² = ΣT² − 2·ΣTx + s, so the
 * correct choice's count and score sum give every co-moment exactly.
 */
final class ItemAnalysis {

    /** The 0.975 quantile of the standard normal distribution, as docs/statistics.md fixes it. */
    static final double Z = 1.959963984540054;

    private ItemAnalysis() {
    }

    /**
     * @param choiceCounts   attempts per choice index (0 = unanswered)
     * @param choiceScores   ΣT of those attempts, per choice index
     * @param correctByScore attempts that answered correctly, per score T
     */
    static QuestionStatistics analyse(int number, Item item, long[] choiceCounts, long[] choiceScores,
            long[] correctByScore, ScoreDistribution scores) {
        long n = scores.n();
        long sumT = scores.sum();
        long s = choiceCounts[item.correct()];
        long sumTx = choiceScores[item.correct()];
        double cxx = Moments.scaledCov(n, s, s, s);
        double cyy = Moments.scaledCov(n, scores.sumSquares() - 2 * sumTx + s, sumT - s, sumT - s);
        double cxy = Moments.scaledCov(n, sumTx - s, s, sumT - s);
        double cxySorted = Moments.scaledCov(n, largestY(s, correctByScore, scores), s, sumT - s);

        Double facility = n == 0 ? null : (double) s / n;
        Double discrimination = Moments.corr(cxy, cxx, cyy);
        Double efficiency = cxySorted > 0 ? cxy / cxySorted : null;
        double guess = 1.0 / item.choices();

        double varT = scores.scaledVar().doubleValue();
        List<ChoiceStatistics> choices = new ArrayList<>(item.choices());
        for (int c = 1; c <= item.choices(); c++) {
            long count = choiceCounts[c];
            double cov = Moments.scaledCov(n, choiceScores[c], count, sumT);
            choices.add(new ChoiceStatistics(item.choiceKeys().get(c - 1), c == item.correct(), count,
                    n == 0 ? null : (double) count / n,
                    Moments.corr(cov, Moments.scaledCov(n, count, count, count), varT)));
        }

        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (facility != null && facility > Flag.TOO_EASY_ABOVE) {
            flags.add(Flag.TOO_EASY);
        }
        if (facility != null && facility < guess) {
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

        return new QuestionStatistics(number, facility,
                facility == null ? null : wilson(s, n, -1), facility == null ? null : wilson(s, n, 1),
                Moments.sd(n, cxx), discrimination, efficiency, guess, List.copyOf(choices), List.copyOf(flags));
    }

    /**
     * Σ sort(x)·sort(y): sorted ascending, the s ones of x pair with the s largest y. An attempt
     * with score t has y = t − 1 if it answered correctly, y = t otherwise.
     */
    private static long largestY(long s, long[] correctByScore, ScoreDistribution scores) {
        long left = s;
        long total = 0;
        for (int y = correctByScore.length - 1; y >= 0 && left > 0; y--) {
            long above = y + 1 < correctByScore.length ? correctByScore[y + 1] : 0;
            long withY = scores.count(y) - correctByScore[y] + above;
            long taken = Math.min(left, withY);
            total += taken * y;
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
