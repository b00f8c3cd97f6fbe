package dev.quizbank.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** A quiz key with the attempts to feed, made from a seed in one of several shapes. */
record DataSet(AnswerKey key, List<byte[]> attempts, Shape shape) {

    /** How the attempts are made; each shape aims at some of the edge cases of docs/statistics.md. */
    enum Shape {
        /** every answer uniform over unanswered and the choices */
        UNIFORM,
        /** a learner ability drives the answers, so items correlate; wrong answers avoid the last choice */
        ABILITY,
        /** every attempt the same row */
        IDENTICAL_ROWS,
        /** every attempt the same score, reached on different questions */
        SAME_SCORE,
        /** all questions right or all wrong together: alpha is exactly 1 */
        ALL_OR_NOTHING,
        /** ability-driven, question 1 always right */
        FIRST_ALWAYS_RIGHT
    }

    static DataSet make(List<Integer> choiceCounts, long seed, int n, Shape shape) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AnswerKey.Item> items = new ArrayList<>();
        for (int choices : choiceCounts) {
            List<String> keys = new ArrayList<>();
            for (int c = 0; c < choices; c++) {
                keys.add(String.valueOf((char) ('A' + c)));
            }
            items.add(new AnswerKey.Item(keys, 1 + random.nextInt(choices)));
        }
        AnswerKey key = new AnswerKey(items);
        List<byte[]> attempts = new ArrayList<>();
        byte[] only = uniform(key, random);
        for (int a = 0; a < n; a++) {
            attempts.add(switch (shape) {
                case UNIFORM -> uniform(key, random);
                case ABILITY -> ability(key, random, random.nextDouble(), false);
                case IDENTICAL_ROWS -> only.clone();
                case SAME_SCORE -> sameScore(key, random, choiceCounts.size() / 2);
                case ALL_OR_NOTHING -> allOrNothing(key, random.nextBoolean());
                case FIRST_ALWAYS_RIGHT -> ability(key, random, random.nextDouble(), true);
            });
        }
        return new DataSet(key, attempts, shape);
    }

    private static byte[] uniform(AnswerKey key, SplittableRandom random) {
        byte[] row = new byte[key.questions()];
        for (int i = 0; i < row.length; i++) {
            row[i] = (byte) random.nextInt(key.items().get(i).choices() + 1);
        }
        return row;
    }

    private static byte[] ability(AnswerKey key, SplittableRandom random, double ability, boolean firstRight) {
        byte[] row = new byte[key.questions()];
        for (int i = 0; i < row.length; i++) {
            AnswerKey.Item item = key.items().get(i);
            if (random.nextDouble() < ability || (firstRight && i == 0)) {
                row[i] = (byte) item.correct();
            } else if (random.nextDouble() < 0.2) {
                row[i] = 0;
            } else {
                row[i] = (byte) wrongChoice(item, random);
            }
        }
        return row;
    }

    /** A wrong choice, never the last one unless it is the only wrong one: leaves dead distractors. */
    private static int wrongChoice(AnswerKey.Item item, SplittableRandom random) {
        int choice = 1 + random.nextInt(Math.max(1, item.choices() - 1));
        return choice == item.correct() ? (choice % item.choices()) + 1 : choice;
    }

    private static byte[] sameScore(AnswerKey key, SplittableRandom random, int score) {
        byte[] row = new byte[key.questions()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            order.add(i);
        }
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            order.set(i, order.set(j, order.get(i)));
        }
        for (int r = 0; r < row.length; r++) {
            int i = order.get(r);
            AnswerKey.Item item = key.items().get(i);
            row[i] = (byte) (r < score ? item.correct() : wrongChoice(item, random));
        }
        return row;
    }

    private static byte[] allOrNothing(AnswerKey key, boolean right) {
        byte[] row = new byte[key.questions()];
        for (int i = 0; i < row.length; i++) {
            row[i] = (byte) (right ? key.items().get(i).correct() : 0);
        }
        return row;
    }

    @Override
    public String toString() {
        return shape + " key " + key.items().stream().map(i -> i.choices() + "/" + i.correct())
                .collect(Collectors.joining(" ")) + ", " + attempts.size() + " attempts "
                + attempts.stream().map(Arrays::toString).collect(Collectors.joining(" "));
    }
}
