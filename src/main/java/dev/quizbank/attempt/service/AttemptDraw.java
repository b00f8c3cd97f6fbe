package dev.quizbank.attempt.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Every random choice of an attempt, made from the seed stored with it, so that the attempt reads the same on any
 * instance and after any restart: which questions each pool gives, their order, and the order of each question's
 * choices, options and items. {@link Random}'s generator is specified by its Javadoc, so a seed means the same
 * draw on every JDK; each purpose gets a generator of its own, seeded with the stored seed and the purpose passed
 * through SplitMix64's finaliser, so that neighbouring seeds still give unrelated draws.
 */
public final class AttemptDraw {

    private static final long DRAW = 1;
    private static final long ORDER = 2;
    /** Per question: a purpose of its own, past the two above. */
    private static final long QUESTION = 16;

    private AttemptDraw() {
    }

    /**
     * The numbers of the questions an attempt is given, in the order it shows them: every question in no pool,
     * and {@code draw} of each pool's, each subset of that size equally likely; in number order, or shuffled when
     * the settings say so. A pool naming a question twice, one another pool already holds, or one the quiz has
     * not, gives only the others; a pool drawing more than it holds gives all it holds.
     */
    public static List<Integer> questions(QuizDocument content, QuizSettings settings, long seed) {
        Set<Integer> pooled = new HashSet<>();
        List<List<Integer>> pools = new ArrayList<>();
        for (QuizSettings.Pool pool : settings.pools()) {
            List<Integer> members = new ArrayList<>();
            for (int number : pool.questions()) {
                if (content.question(number).isPresent() && pooled.add(number)) {
                    members.add(number);
                }
            }
            pools.add(members);
        }
        boolean[] asked = new boolean[content.questions().size() + 1];
        for (Question question : content.questions()) {
            asked[question.number()] = !pooled.contains(question.number());
        }
        Random draw = generator(seed, DRAW);
        for (int p = 0; p < pools.size(); p++) {
            for (int number : sample(pools.get(p), settings.pools().get(p).draw(), draw)) {
                asked[number] = true;
            }
        }
        List<Integer> numbers = new ArrayList<>();
        for (int number = 1; number < asked.length; number++) {
            if (asked[number]) {
                numbers.add(number);
            }
        }
        if (settings.shuffleQuestions()) {
            shuffle(numbers, generator(seed, ORDER));
        }
        return List.copyOf(numbers);
    }

    /** The generator that orders the choices, options or items of question {@code number} of an attempt. */
    public static Random order(long seed, int number) {
        return generator(seed, QUESTION + number);
    }

    /** {@code size} of {@code members}, each subset equally likely: the first {@code size} steps of a Fisher–Yates shuffle. */
    static List<Integer> sample(List<Integer> members, int size, Random random) {
        List<Integer> pool = new ArrayList<>(members);
        int taken = Math.min(size, pool.size());
        for (int i = 0; i < taken; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Integer chosen = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, chosen);
        }
        return pool.subList(0, taken);
    }

    /** Fisher–Yates, written out so that the order a seed gives never depends on a library's choice of algorithm. */
    static <T> void shuffle(List<T> items, Random random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T item = items.get(j);
            items.set(j, items.get(i));
            items.set(i, item);
        }
    }

    private static Random generator(long seed, long purpose) {
        return new Random(mix(seed + mix(purpose)));
    }

    /** SplitMix64's finaliser: every bit of the input affects every bit of the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
