package dev.quizbank.statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.quizbank.statistics.Statistics.QuestionStatistics;

/**
 * Item statistics in one pass: feed it every attempt used, one at a time, then ask for the result.
 * It keeps only sums, in memory proportional to questions × (choices + maxScore), whatever the
 * number of attempts; all of them are exact integers, so no figure depends on the order of the
 * attempts. Not thread-safe: one scan, one accumulator.
 */
public final class StatisticsAccumulator {

    private final AnswerKey key;
    private final byte[] correct;
    private final byte[] choices;
    private final long[] scoreCounts;
    /** Per question, attempts per choice index (0 = unanswered). */
    private final long[][] choiceCounts;
    /** Per question, ΣT of the attempts per choice index. */
    private final long[][] choiceScores;
    /** Per question, attempts that answered it correctly, per score T. */
    private final long[][] correctByScore;

    public StatisticsAccumulator(AnswerKey key) {
        this.key = key;
        int k = key.questions();
        correct = new byte[k];
        choices = new byte[k];
        choiceCounts = new long[k][];
        choiceScores = new long[k][];
        correctByScore = new long[k][key.maxScore() + 1];
        scoreCounts = new long[key.maxScore() + 1];
        for (int i = 0; i < k; i++) {
            AnswerKey.Item item = key.items().get(i);
            correct[i] = (byte) item.correct();
            choices[i] = (byte) item.choices();
            choiceCounts[i] = new long[item.choices() + 1];
            choiceScores[i] = new long[item.choices() + 1];
        }
    }

    /**
     * Adds one attempt.
     *
     * @param answers byte i is the 1-based index of the choice taken for question i + 1, 0 if
     *                unanswered (the compact attempt row)
     * @throws IllegalArgumentException if the row does not fit the key; nothing is added then
     */
    public void add(byte[] answers) {
        if (answers.length != correct.length) {
            throw new IllegalArgumentException(
                    "an attempt row has " + correct.length + " answers, not " + answers.length);
        }
        int score = 0;
        for (int i = 0; i < answers.length; i++) {
            byte chosen = answers[i];
            if (chosen < 0 || chosen > choices[i]) {
                throw new IllegalArgumentException("question " + (i + 1) + " has no choice " + chosen);
            }
            if (chosen == correct[i]) {
                score++;
            }
        }
        scoreCounts[score]++;
        for (int i = 0; i < answers.length; i++) {
            byte chosen = answers[i];
            choiceCounts[i][chosen]++;
            choiceScores[i][chosen] += score;
            if (chosen == correct[i]) {
                correctByScore[i][score]++;
            }
        }
    }

    /** The attempts added so far. */
    public long attempts() {
        long n = 0;
        for (long count : scoreCounts) {
            n += count;
        }
        return n;
    }

    /** The statistics of the attempts added so far; the accumulator can go on afterwards. */
    public Statistics result() {
        ScoreDistribution scores = new ScoreDistribution(scoreCounts);
        long n = scores.n();
        List<QuestionStatistics> questions = new ArrayList<>(correct.length);
        BigInteger itemScaledVarSum = BigInteger.ZERO;
        for (int i = 0; i < correct.length; i++) {
            questions.add(ItemAnalysis.analyse(i + 1, key.items().get(i), choiceCounts[i],
                    choiceScores[i], correctByScore[i], scores));
            long right = choiceCounts[i][correct[i]];
            itemScaledVarSum = itemScaledVarSum.add(Moments.exact(n, right, right, right));
        }
        return new Statistics(n, scores.statistics(), Reliability.of(correct.length, itemScaledVarSum, scores),
                List.copyOf(questions));
    }
}
