package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import dev.quizbank.quiz.document.Question;

/**
 * A random quiz of every question type and attempts at it. Each question has a pool of distinct graded
 * responses ({@link Graded}); an attempt picks one per question. Points are multiples of 1/4 and partial
 * fractions multiples of 1/16, so every x is exact in binary and in decimal alike.
 */
record MixedDataSet(List<ItemKey> items, List<BigDecimal> points, List<List<Graded>> pools, List<int[]> attempts) {

    /** x in units of 10^-6 point: 4 places for the fraction, 2 for points such as 0.25. */
    static final int SCALE = 6;

    /** One distinct response: its fraction, the keys it marks, its normalised text (typed types). */
    record Graded(BigDecimal fraction, int[] marks, String text) {
    }

    static MixedDataSet make(long seed, int questions, int attempts) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ItemKey> items = new ArrayList<>();
        List<BigDecimal> points = new ArrayList<>();
        List<List<Graded>> pools = new ArrayList<>();
        Question.Type[] types = Question.Type.values();
        for (int i = 0; i < questions; i++) {
            Question.Type type = types[random.nextInt(types.length)];
            BigDecimal p = BigDecimal.valueOf(1 + random.nextInt(8), 0).divide(BigDecimal.valueOf(4));
            boolean binary = type == Question.Type.single || type == Question.Type.trueFalse || random.nextInt(3) == 0;
            List<String> keys = keys(type, random);
            Set<Integer> correct = new HashSet<>();
            if (!keys.isEmpty() && (type == Question.Type.single || type == Question.Type.multiple || type == Question.Type.trueFalse)) {
                correct.add(random.nextInt(keys.size()));
                if (type == Question.Type.multiple && keys.size() > 2) {
                    correct.add(random.nextInt(keys.size()));
                }
            }
            Double guess = random.nextInt(4) == 0 ? null : random.nextDouble();
            items.add(new ItemKey(type, p.movePointRight(SCALE).longValueExact(), keys, correct, guess, binary));
            points.add(p);
            pools.add(pool(type, keys, binary, random));
        }
        List<int[]> rows = new ArrayList<>();
        double ability = random.nextDouble();
        for (int a = 0; a < attempts; a++) {
            int[] row = new int[questions];
            for (int i = 0; i < questions; i++) {
                int size = pools.get(i).size();
                // most attempts lean to the pool's first responses, so that counts tie and differ
                row[i] = random.nextDouble() < ability ? random.nextInt(Math.min(size, 3)) : random.nextInt(size);
            }
            rows.add(row);
        }
        return new MixedDataSet(items, points, pools, rows);
    }

    private static List<String> keys(Question.Type type, SplittableRandom random) {
        return switch (type) {
            case trueFalse -> List.of("true", "false");
            case shortText, numeric -> List.of();
            default -> {
                List<String> keys = new ArrayList<>();
                int count = 2 + random.nextInt(4);
                for (int k = 0; k < count; k++) {
                    keys.add(String.valueOf((char) ('A' + k)));
                }
                yield keys;
            }
        };
    }

    private static List<Graded> pool(Question.Type type, List<String> keys, boolean binary, SplittableRandom random) {
        List<Graded> pool = new ArrayList<>();
        pool.add(new Graded(BigDecimal.ZERO, new int[0], null));
        int size = type == Question.Type.shortText || type == Question.Type.numeric
                ? 1 + random.nextInt(30) : 1 + random.nextInt(6);
        for (int r = 0; r < size; r++) {
            BigDecimal fraction = binary ? BigDecimal.valueOf(random.nextInt(2))
                    : BigDecimal.valueOf(random.nextInt(17)).divide(BigDecimal.valueOf(16));
            int[] marks = switch (type) {
                case single, trueFalse -> new int[] {random.nextInt(keys.size())};
                case shortText, numeric -> new int[0];
                default -> java.util.stream.IntStream.range(0, keys.size()).filter(k -> random.nextBoolean()).toArray();
            };
            String text = type == Question.Type.shortText || type == Question.Type.numeric ? "r" + r : null;
            pool.add(new Graded(fraction.setScale(4), marks, text));
        }
        return pool;
    }
}
