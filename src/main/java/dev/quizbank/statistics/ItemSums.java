package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The exact sums of one question over the attempts, in the accumulator's units: Σx, Σx², Σx·T, and per
 * key the attempts that marked it with their ΣT; for typed responses a count per normalised response.
 */
final class ItemSums {

    BigInteger sumX = BigInteger.ZERO;
    BigInteger sumX2 = BigInteger.ZERO;
    BigInteger sumXT = BigInteger.ZERO;
    final long[] markCount;
    final BigInteger[] markSumT;
    final Map<String, Long> textCounts = new HashMap<>();
    final Map<String, BigDecimal> textFractions = new HashMap<>();
    /** Whether some attempt earned more than 0 and less than m. */
    boolean partial;
    private final long maxUnits;
    /** Answers given after the question had too many distinct responses to keep them all apart. */
    long untrackedText;

    ItemSums(int keys, long maxUnits) {
        this.maxUnits = maxUnits;
        markCount = new long[keys];
        markSumT = new BigInteger[keys];
        Arrays.fill(markSumT, BigInteger.ZERO);
    }

    void add(Outcome outcome, long count, long sumScores) {
        if (count == 0) {
            return;
        }
        partial |= outcome.x != 0 && outcome.x != maxUnits;
        BigInteger x = BigInteger.valueOf(outcome.x);
        BigInteger n = BigInteger.valueOf(count);
        BigInteger t = BigInteger.valueOf(sumScores);
        sumX = sumX.add(x.multiply(n));
        sumX2 = sumX2.add(x.multiply(x).multiply(n));
        sumXT = sumXT.add(x.multiply(t));
        for (int mark : outcome.marks) {
            markCount[mark] += count;
            markSumT[mark] = markSumT[mark].add(t);
        }
        if (outcome.text != null) {
            if (outcome.tracked) {
                textCounts.merge(outcome.text, count, Long::sum);
                textFractions.put(outcome.text, outcome.fraction);
            } else {
                untrackedText += count;
            }
        }
    }

    ItemSums copy() {
        ItemSums copy = new ItemSums(markCount.length, maxUnits);
        copy.partial = partial;
        copy.sumX = sumX;
        copy.sumX2 = sumX2;
        copy.sumXT = sumXT;
        System.arraycopy(markCount, 0, copy.markCount, 0, markCount.length);
        System.arraycopy(markSumT, 0, copy.markSumT, 0, markSumT.length);
        copy.textCounts.putAll(textCounts);
        copy.textFractions.putAll(textFractions);
        copy.untrackedText = untrackedText;
        return copy;
    }

    /** The same sums in units of {@code unit}, which divides every x and so every T. */
    ItemSums reduced(long unit) {
        BigInteger g = BigInteger.valueOf(unit);
        BigInteger g2 = g.multiply(g);
        sumX = sumX.divide(g);
        sumX2 = sumX2.divide(g2);
        sumXT = sumXT.divide(g2);
        for (int i = 0; i < markSumT.length; i++) {
            markSumT[i] = markSumT[i].divide(g);
        }
        return this;
    }
}
