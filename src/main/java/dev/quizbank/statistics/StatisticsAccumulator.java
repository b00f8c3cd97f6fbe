package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.quizbank.statistics.Statistics.QuestionStatistics;

/**
 * Item statistics in one pass: feed it every attempt used, one at a time, then ask for the result.
 * Points are exact integers in units of 10^-scale of a point, so no figure depends on the order of
 * the attempts. Each distinct response of a question is one {@link Outcome} counted with the ΣT of
 * its attempts; the scores are a histogram keyed by exact score, each score with the attempts that
 * earned full marks per question. Memory follows the quiz (its questions, their distinct responses
 * up to {@link #TRACKED_RESPONSES}, its distinct scores), never the number of attempts.
 * Not thread-safe: one scan, one accumulator.
 */
public final class StatisticsAccumulator {

    /** Distinct responses kept apart per question; later new ones are tallied attempt by attempt. */
    public static final int TRACKED_RESPONSES = 10_000;

    private final List<ItemKey> items;
    private final int scale;
    private final BigDecimal maxScore;
    private final List<List<Outcome>> outcomes = new ArrayList<>();
    private final ItemSums[] untracked;
    private final Map<Long, Bucket> buckets = new HashMap<>();
    /** The gcd of every m and every x seen: the figures divide it out, so they do not depend on the unit. */
    private long unit;
    private final Outcome[][] singleRows;
    private final Outcome[] row;
    /**
     * Per question, the attempts not given it (drawn from a pool without it), by score: its figures use the
     * attempts that were given it, so these are taken out of the score distribution it is analysed against.
     */
    private final List<Map<Long, Long>> notGiven = new ArrayList<>();

    /**
     * @param items the questions in order
     * @param scale x is counted in units of 10^-scale of a point; at least 4 + the scale of every points
     */
    public StatisticsAccumulator(List<ItemKey> items, int scale) {
        this(items, scale, null);
    }

    /** A quiz of one-point single-choice questions, fed with {@link #add(byte[])}. */
    public StatisticsAccumulator(AnswerKey key) {
        this(key.items().stream().map(AnswerKey.Item::itemKey).toList(), AnswerKey.SCALE, key);
    }

    private StatisticsAccumulator(List<ItemKey> items, int scale, AnswerKey key) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a quiz has at least one question");
        }
        this.items = List.copyOf(items);
        this.scale = scale;
        int k = items.size();
        untracked = new ItemSums[k];
        row = new Outcome[k];
        long units = 0;
        for (int i = 0; i < k; i++) {
            outcomes.add(new ArrayList<>());
            notGiven.add(new HashMap<>());
            untracked[i] = new ItemSums(items.get(i).keys().size(), items.get(i).maxUnits());
            units += items.get(i).maxUnits();
            unit = gcd(unit, items.get(i).maxUnits());
        }
        maxScore = BigDecimal.valueOf(units, scale);
        singleRows = key == null ? null : singleRows(key);
    }

    private Outcome[][] singleRows(AnswerKey key) {
        Outcome[][] rows = new Outcome[key.questions()][];
        for (int i = 0; i < rows.length; i++) {
            AnswerKey.Item item = key.items().get(i);
            rows[i] = new Outcome[item.choices() + 1];
            rows[i][0] = outcome(i, BigDecimal.ZERO, new int[0], null);
            for (int c = 1; c <= item.choices(); c++) {
                rows[i][c] = outcome(i, c == item.correct() ? BigDecimal.ONE : BigDecimal.ZERO, new int[] {c - 1}, null);
            }
        }
        return rows;
    }

    /**
     * The outcome of a response to question {@code index} (0-based) graded {@code fraction}: kept and counted
     * while the question has fewer than {@link #TRACKED_RESPONSES} of them, so a caller keeps it to count the
     * same response again; past that it counts only for the attempt it is given to.
     *
     * @param marks the keys of the question it marks (chosen, or placed correctly)
     * @param text  the normalised response of a shortText or numeric question, null for other types or none
     */
    public Outcome outcome(int index, BigDecimal fraction, int[] marks, String text) {
        ItemKey item = items.get(index);
        long x = fraction.multiply(BigDecimal.valueOf(item.maxUnits())).longValueExact();
        unit = gcd(unit, x);
        List<Outcome> kept = outcomes.get(index);
        Outcome outcome = new Outcome(index, x, fraction, marks, text, kept.size() < TRACKED_RESPONSES);
        if (outcome.tracked) {
            kept.add(outcome);
        }
        return outcome;
    }

    /**
     * Adds one attempt of a single-choice quiz.
     *
     * @param answers byte i is the 1-based index of the choice taken for question i + 1, 0 if
     *                unanswered (the compact attempt row)
     * @throws IllegalArgumentException if the row does not fit the key; nothing is added then
     */
    public void add(byte[] answers) {
        if (singleRows == null) {
            throw new IllegalStateException("rows of choices are for a quiz of single-choice questions");
        }
        if (answers.length != row.length) {
            throw new IllegalArgumentException(
                    "an attempt row has " + row.length + " answers, not " + answers.length);
        }
        for (int i = 0; i < answers.length; i++) {
            byte chosen = answers[i];
            if (chosen < 0 || chosen >= singleRows[i].length) {
                throw new IllegalArgumentException("question " + (i + 1) + " has no choice " + chosen);
            }
            row[i] = singleRows[i][chosen];
        }
        add(row);
    }

    /**
     * Adds one attempt: the outcome of each question, in order, as {@link #outcome} made them; null for a question
     * the attempt was not given, which then counts for that question neither as answered nor as unanswered.
     */
    public void add(Outcome[] attempt) {
        if (attempt.length != items.size()) {
            throw new IllegalArgumentException("an attempt has " + items.size() + " outcomes, not " + attempt.length);
        }
        long score = 0;
        for (Outcome outcome : attempt) {
            score += outcome == null ? 0 : outcome.x;
        }
        Bucket bucket = buckets.get(score);
        if (bucket == null) {
            bucket = new Bucket(items.size());
            buckets.put(score, bucket);
        }
        bucket.count++;
        for (int i = 0; i < attempt.length; i++) {
            Outcome outcome = attempt[i];
            if (outcome == null) {
                notGiven.get(i).merge(score, 1L, Long::sum);
                continue;
            }
            if (outcome.x == items.get(i).maxUnits()) {
                bucket.fullMarks[i]++;
            }
            if (outcome.tracked) {
                outcome.count++;
                outcome.sumScores += score;
            } else {
                untracked[i].add(outcome, 1, score);
            }
        }
    }

    /** The attempts added so far. */
    public long attempts() {
        return buckets.values().stream().mapToLong(b -> b.count).sum();
    }

    /** The statistics of the attempts added so far; the accumulator can go on afterwards. */
    public Statistics result() {
        long g = unit == 0 ? 1 : unit;
        TreeMap<Long, Bucket> sorted = new TreeMap<>();
        buckets.forEach((score, bucket) -> sorted.put(score / g, bucket));
        ScoreDistribution scores = new ScoreDistribution(sorted, BigDecimal.valueOf(g, scale), maxScore);
        List<QuestionStatistics> questions = new ArrayList<>(items.size());
        BigInteger itemScaledVarSum = BigInteger.ZERO;
        boolean drawn = false;
        for (int i = 0; i < items.size(); i++) {
            ItemSums sums = untracked[i].copy();
            for (Outcome outcome : outcomes.get(i)) {
                sums.add(outcome, outcome.count, outcome.sumScores);
            }
            TreeMap<Long, Bucket> given = sorted;
            ScoreDistribution givenScores = scores;
            if (!notGiven.get(i).isEmpty()) {
                drawn = true;
                given = new TreeMap<>();
                for (Map.Entry<Long, Bucket> bucket : sorted.entrySet()) {
                    long left = bucket.getValue().count - notGiven.get(i).getOrDefault(bucket.getKey() * g, 0L);
                    if (left > 0) {
                        given.put(bucket.getKey(), bucket.getValue().withCount(left));
                    }
                }
                givenScores = new ScoreDistribution(given, BigDecimal.valueOf(g, scale), maxScore);
            }
            ItemAnalysis analysis = new ItemAnalysis(i, items.get(i), sums.reduced(g), g, givenScores);
            questions.add(analysis.question(given));
            itemScaledVarSum = itemScaledVarSum.add(analysis.scaledVar());
        }
        // Cronbach's alpha needs every question's x for every attempt: undefined once attempts are drawn.
        return new Statistics(scores.n(), scores.statistics(),
                drawn ? Reliability.undefined() : Reliability.of(items.size(), itemScaledVarSum, scores), List.copyOf(questions));
    }

    private static long gcd(long a, long b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }

    /** The attempts with one exact score, and how many of them earned full marks on each question. */
    static final class Bucket {
        long count;
        final long[] fullMarks;

        Bucket(int questions) {
            fullMarks = new long[questions];
        }

        private Bucket(long count, long[] fullMarks) {
            this.count = count;
            this.fullMarks = fullMarks;
        }

        /** The same attempts' full marks with fewer attempts: those of a score that were given a question. */
        Bucket withCount(long attempts) {
            return new Bucket(attempts, fullMarks);
        }
    }
}
