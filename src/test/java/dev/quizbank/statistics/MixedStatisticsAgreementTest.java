package dev.quizbank.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import dev.quizbank.quiz.document.Question;

/**
 * Every figure of the engine on quizzes of every type with partial credit against
 * {@link NaiveMixedStatistics}: agreement to 1e-9, null in exactly the same places, the same detail.
 */
class MixedStatisticsAgreementTest {

    @Property(tries = 400)
    void shouldAgreeWithTheNaiveComputation(@ForAll long seed, @ForAll @IntRange(min = 1, max = 9) int questions,
            @ForAll @IntRange(min = 0, max = 150) int attempts) {
        MixedDataSet data = MixedDataSet.make(seed, questions, attempts);
        assertThat(feed(data, data.attempts()))
                .usingRecursiveComparison()
                .withComparatorForType(Comparator.nullsFirst(StatisticsAgreementTest.WITHIN_1E_9), Double.class)
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(NaiveMixedStatistics.compute(data));
    }

    /** Attempts drawn from pools: each question's figures over the attempts given it, T over the questions given. */
    @Property(tries = 300)
    void shouldAgreeWithTheNaiveComputationOverDrawnQuestions(@ForAll long seed, @ForAll @IntRange(min = 1, max = 9) int questions,
            @ForAll @IntRange(min = 0, max = 150) int attempts) {
        MixedDataSet data = MixedDataSet.make(seed, questions, attempts);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        boolean[][] given = new boolean[attempts][questions];
        for (boolean[] attempt : given) {
            for (int i = 0; i < questions; i++) {
                attempt[i] = random.nextInt(10) < 7;
            }
        }
        assertThat(feed(data, data.attempts(), given))
                .usingRecursiveComparison()
                .withComparatorForType(Comparator.nullsFirst(StatisticsAgreementTest.WITHIN_1E_9), Double.class)
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(NaiveMixedStatistics.compute(data, given));
    }

    @Property(tries = 100)
    void shouldNotDependOnTheOrderOfTheAttempts(@ForAll long seed, @ForAll @IntRange(min = 1, max = 9) int questions,
            @ForAll @IntRange(min = 0, max = 100) int attempts) {
        MixedDataSet data = MixedDataSet.make(seed, questions, attempts);
        List<int[]> shuffled = new ArrayList<>(data.attempts());
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(feed(data, shuffled)).isEqualTo(feed(data, data.attempts()));
    }

    @Test
    void shouldCountEveryAttemptPastTheDistinctResponsesKept() {
        ItemKey text = new ItemKey(Question.Type.shortText, 10_000, List.of(), Set.of(), null, false);
        StatisticsAccumulator accumulator = new StatisticsAccumulator(List.of(text), 4);
        Outcome frequent = accumulator.outcome(0, BigDecimal.ONE, new int[0], "Paris");
        for (int a = 0; a < 3; a++) {
            accumulator.add(new Outcome[] {frequent});
        }
        int distinct = StatisticsAccumulator.TRACKED_RESPONSES + 50;
        for (int r = 1; r < distinct; r++) {
            Outcome outcome = accumulator.outcome(0, new BigDecimal("0.5"), new int[0], "r" + r);
            assertThat(outcome.tracked()).isEqualTo(r < StatisticsAccumulator.TRACKED_RESPONSES);
            accumulator.add(new Outcome[] {outcome});
        }
        Statistics.QuestionStatistics q = accumulator.result().questions().getFirst();
        long attempts = 3 + distinct - 1;
        assertThat(q.facility()).isEqualTo((3 + 0.5 * (distinct - 1)) / attempts);
        assertThat(q.responses()).hasSize(20).first().isEqualTo(new Statistics.ResponseCount("Paris", 3, BigDecimal.ONE));
        assertThat(q.responses().stream().mapToLong(Statistics.ResponseCount::count).sum() + q.otherResponses())
                .isEqualTo(attempts);
        assertThat(q.facilityLow()).isLessThan(q.facility());
    }

    static Statistics feed(MixedDataSet data, List<int[]> attempts) {
        return feed(data, attempts, null);
    }

    /** @param given per attempt, whether it was given each question; null when every attempt was given all */
    static Statistics feed(MixedDataSet data, List<int[]> attempts, boolean[][] given) {
        StatisticsAccumulator accumulator = new StatisticsAccumulator(data.items(), MixedDataSet.SCALE);
        List<List<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < data.items().size(); i++) {
            List<Outcome> pool = new ArrayList<>();
            for (MixedDataSet.Graded graded : data.pools().get(i)) {
                pool.add(accumulator.outcome(i, graded.fraction(), graded.marks(), graded.text()));
            }
            outcomes.add(pool);
        }
        for (int a = 0; a < attempts.size(); a++) {
            int[] attempt = attempts.get(a);
            Outcome[] row = new Outcome[attempt.length];
            for (int i = 0; i < attempt.length; i++) {
                row[i] = given == null || given[a][i] ? outcomes.get(i).get(attempt[i]) : null;
            }
            accumulator.add(row);
        }
        return accumulator.result();
    }
}
