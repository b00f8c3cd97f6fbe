package dev.quizbank.statistics.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import dev.quizbank.attempt.grading.Response;
import dev.quizbank.attempt.grading.Scoring;
import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.statistics.ItemKey;

/**
 * What the statistics need of each question of a quiz version. The random guess score is the mean fraction of a
 * complete response drawn uniformly at random: in closed form where there is one, else by grading every such
 * response when there are at most {@link #ENUMERATED} of them, else null (as for typed responses, which have no
 * finite set to draw from).
 */
final class ItemKeys {

    static final int ENUMERATED = 5040;

    private ItemKeys() {
    }

    /** x in units of 10^-scale of a point: a fraction has 4 places, times the points' own places. */
    static int scale(QuizDocument content) {
        return 4 + content.questions().stream().mapToInt(q -> Math.max(0, q.points().stripTrailingZeros().scale()))
                .max().orElse(0);
    }

    static List<ItemKey> of(QuizDocument content, int scale) {
        return content.questions().stream().map(q -> of(q, q.points().movePointRight(scale).longValueExact())).toList();
    }

    private static ItemKey of(Question question, long units) {
        return switch (question) {
            case Question.Single q -> new ItemKey(q.type(), units, keys(q.choices()),
                    Set.of(keys(q.choices()).indexOf(q.correctChoice())), 1.0 / q.choices().size(), true);
            case Question.Multiple q -> new ItemKey(q.type(), units, keys(q.choices()), right(q), multipleGuess(q),
                    q.scoring() == Question.MultipleScoring.allOrNothing);
            case Question.TrueFalse q -> new ItemKey(q.type(), units, List.of("true", "false"), Set.of(q.answer() ? 0 : 1),
                    0.5, true);
            case Question.ShortText q -> new ItemKey(q.type(), units, List.of(), Set.of(), null,
                    q.answers().stream().allMatch(a -> whole(a.fraction())));
            case Question.Numeric q -> new ItemKey(q.type(), units, List.of(), Set.of(), null,
                    q.answers().stream().map(ItemKeys::fraction).allMatch(ItemKeys::whole));
            case Question.Matching q -> new ItemKey(q.type(), units, q.stems().stream().map(Question.Item::key).toList(),
                    Set.of(), q.scoring() == Question.MatchingScoring.perPair ? 1.0 / q.options().size()
                            : Math.pow(q.options().size(), -q.stems().size()),
                    q.scoring() == Question.MatchingScoring.allOrNothing || q.stems().size() == 1);
            case Question.Ordering q -> new ItemKey(q.type(), units, q.items().stream().map(Question.Item::key).toList(),
                    Set.of(), orderingGuess(q), q.scoring() == Question.OrderingScoring.allOrNothing);
        };
    }

    /** The choices a right response ticks: the key's, or under weighted scoring those worth something. */
    private static Set<Integer> right(Question.Multiple q) {
        List<String> keys = keys(q.choices());
        if (q.scoring() == Question.MultipleScoring.weighted) {
            return Set.copyOf(IntStream.range(0, keys.size())
                    .filter(i -> q.choices().get(i).fraction() != null && q.choices().get(i).fraction().signum() > 0)
                    .boxed().toList());
        }
        return Set.copyOf(q.correct().stream().map(keys::indexOf).toList());
    }

    /** Over the non-empty sets of choices, each as likely. */
    private static Double multipleGuess(Question.Multiple q) {
        int c = q.choices().size();
        if (q.scoring() == Question.MultipleScoring.allOrNothing) {
            return 1 / (Math.pow(2, c) - 1);
        }
        if ((1 << c) - 1 > ENUMERATED) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int set = 1; set < 1 << c; set++) {
            int bits = set;
            List<String> chosen = IntStream.range(0, c).filter(i -> (bits & 1 << i) != 0)
                    .mapToObj(i -> q.choices().get(i).key()).toList();
            total = total.add(Scoring.fraction(q, new Response.Choices(chosen)));
        }
        return total.doubleValue() / ((1 << c) - 1);
    }

    /** Over the orders of the items, each as likely. */
    private static Double orderingGuess(Question.Ordering q) {
        int n = q.items().size();
        double orders = IntStream.rangeClosed(2, n).asDoubleStream().reduce(1, (a, b) -> a * b);
        if (q.scoring() == Question.OrderingScoring.allOrNothing) {
            return 1 / orders;
        }
        if (q.scoring() == Question.OrderingScoring.absolutePosition) {
            return 1.0 / n;
        }
        return orders > ENUMERATED ? null : meanOverOrders(q, orders);
    }

    private static double meanOverOrders(Question.Ordering q, double orders) {
        List<List<String>> all = new ArrayList<>();
        permutations(new ArrayList<>(), new HashSet<>(), q.items().stream().map(Question.Item::key).toList(), all);
        BigDecimal total = all.stream().map(order -> Scoring.fraction(q, new Response.Order(order)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.doubleValue() / orders;
    }

    private static void permutations(List<String> prefix, Set<String> used, List<String> keys, List<List<String>> into) {
        if (prefix.size() == keys.size()) {
            into.add(List.copyOf(prefix));
            return;
        }
        for (String key : keys) {
            if (used.add(key)) {
                prefix.add(key);
                permutations(prefix, used, keys, into);
                prefix.removeLast();
                used.remove(key);
            }
        }
    }

    private static BigDecimal fraction(NumericAnswer answer) {
        return switch (answer) {
            case NumericAnswer.Nominal a -> a.fraction();
            case NumericAnswer.Range a -> a.fraction();
        };
    }

    /** Whether an answer earns nothing or everything, once clamped to [0, 1]. */
    private static boolean whole(BigDecimal fraction) {
        BigDecimal f = Objects.requireNonNullElse(fraction, BigDecimal.ONE);
        return f.signum() <= 0 || f.compareTo(BigDecimal.ONE) >= 0;
    }

    private static List<String> keys(List<QuizDocument.Choice> choices) {
        return choices.stream().map(QuizDocument.Choice::key).toList();
    }
}
