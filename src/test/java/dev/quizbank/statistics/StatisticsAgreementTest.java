package dev.quizbank.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Every figure of the engine against {@link NaiveStatistics}, the test's own computation from the
 * full list of attempts, on generated data sets of every shape: agreement to 1e-9, and null in
 * exactly the same places.
 */
class StatisticsAgreementTest {

    /** 1e-9 absolute, or relative for figures above 1 in size. */
    static final Comparator<Double> WITHIN_1E_9 = (a, b) -> {
        double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        return Math.abs(a - b) <= 1e-9 * scale ? 0 : Double.compare(a, b);
    };

    @Property(tries = 600)
    void shouldAgreeWithTheNaiveComputation(@ForAll("dataSets") DataSet data) {
        Statistics.collect(data.shape());
        Statistics.label("attempts").collect(data.attempts().size() < 4 ? "0-3" : "4+");
        assertAgreement(data.key(), data.attempts());
    }

    @Property(tries = 200)
    void shouldNotDependOnTheOrderOfTheAttempts(@ForAll("dataSets") DataSet data, @ForAll long seed) {
        List<byte[]> shuffled = new ArrayList<>(data.attempts());
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(feed(data.key(), shuffled)).isEqualTo(feed(data.key(), data.attempts()));
    }

    static void assertAgreement(AnswerKey key, List<byte[]> attempts) {
        dev.quizbank.statistics.Statistics actual = feed(key, attempts);
        assertThat(actual)
                .usingRecursiveComparison()
                .withComparatorForType(WITHIN_1E_9, Double.class)
                .isEqualTo(NaiveStatistics.compute(key, attempts));
    }

    static dev.quizbank.statistics.Statistics feed(AnswerKey key, List<byte[]> attempts) {
        StatisticsAccumulator accumulator = new StatisticsAccumulator(key);
        attempts.forEach(accumulator::add);
        return accumulator.result();
    }

    @Provide
    Arbitrary<DataSet> dataSets() {
        return Combinators.combine(
                        Arbitraries.integers().between(2, 6).list().ofMinSize(1).ofMaxSize(8),
                        Arbitraries.longs(),
                        Arbitraries.frequencyOf(
                                Tuple.of(3, Arbitraries.integers().between(0, 5)),
                                Tuple.of(2, Arbitraries.integers().between(6, 200))),
                        Arbitraries.of(DataSet.Shape.class))
                .as(DataSet::make);
    }
}
