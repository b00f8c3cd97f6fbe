package dev.quizbank.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A throughput check to run by hand, not a test: how long the accumulator takes for a million
 * attempts of 25 questions (rows made up front, so only add() and result() are timed).
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.quizbank.statistics.AccumulatorThroughput
 * </pre>
 */
public final class AccumulatorThroughput {

    private AccumulatorThroughput() {
    }

    public static void main(String[] args) {
        int questions = 25;
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<Integer> choices = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            choices.add(4);
        }
        DataSet data = DataSet.make(choices, 42, 0, DataSet.Shape.ABILITY);
        SplittableRandom random = new SplittableRandom(7);
        byte[][] rows = new byte[attempts][questions];
        for (byte[] row : rows) {
            double ability = random.nextDouble();
            for (int i = 0; i < questions; i++) {
                row[i] = (byte) (random.nextDouble() < ability ? data.key().items().get(i).correct() : random.nextInt(5));
            }
        }
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            StatisticsAccumulator accumulator = new StatisticsAccumulator(data.key());
            for (byte[] row : rows) {
                accumulator.add(row);
            }
            long added = System.nanoTime();
            Statistics statistics = accumulator.result();
            long done = System.nanoTime();
            System.out.printf("round %d: %,d attempts of %d questions: add %d ms, result %.2f ms, alpha %.4f%n",
                    round, statistics.attempts(), questions, (added - start) / 1_000_000, (done - added) / 1e6,
                    statistics.reliability().cronbachAlpha());
        }
    }
}
