package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.Question.Item;
import dev.quizbank.quiz.document.QuizDocument.Choice;

/** Generated questions of every type, from texts the caller generates: any the native document holds, or those GIFT states. */
final class QuestionArbitraries {

    private static final List<String> GRADES = List.of("1", "0.9", "0.8333333", "0.8", "0.75", "0.5", "0.3333333", "0.25", "0.2",
            "0.1428571", "0.125", "0.05", "0", "-0.5", "-1", "-0.3333333", "-0.1");

    private QuestionArbitraries() {
    }

    static Question renumbered(Question q, int n) {
        return switch (q) {
            case Question.Single s -> new Question.Single(n, s.text(), s.choices(), s.correctChoice(), s.explanation(), s.points());
            case Question.Multiple m -> new Question.Multiple(n, m.text(), m.choices(), m.correct(), m.scoring(), m.explanation(), m.points());
            case Question.TrueFalse t -> new Question.TrueFalse(n, t.text(), t.answer(), t.feedbackIfTrue(), t.feedbackIfFalse(),
                    t.explanation(), t.points());
            case Question.ShortText t -> new Question.ShortText(n, t.text(), t.answers(), t.caseSensitive(), t.explanation(), t.points());
            case Question.Numeric x -> new Question.Numeric(n, x.text(), x.answers(), x.explanation(), x.points());
            case Question.Matching m -> new Question.Matching(n, m.text(), m.stems(), m.options(), m.pairs(), m.scoring(),
                    m.explanation(), m.points());
            case Question.Ordering o -> new Question.Ordering(n, o.text(), o.items(), o.scoring(), o.explanation(), o.points());
        };
    }

    static List<Question> numbered(List<Question> questions) {
        List<Question> numbered = new ArrayList<>();
        questions.forEach(q -> numbered.add(renumbered(q, numbered.size() + 1)));
        return numbered;
    }

    /** Questions of every type, with any points, fractions, scoring modes, keys and decimals the model holds. */
    static Arbitrary<Question> anyType(Arbitrary<String> line, Arbitrary<String> text, Arbitrary<String> feedback) {
        Arbitrary<BigDecimal> points = Arbitraries.of("1", "2", "0.5", "1.25", "10", "1.0").map(BigDecimal::new);
        Arbitrary<BigDecimal> fraction = Arbitraries.of("1", "0.5", "-1", "0.25", "0.3333", "-0.125", "0", "1.00").map(BigDecimal::new);
        Arbitrary<BigDecimal> decimal = Arbitraries.of("3.14", "-2", "0", "1997", "0.001", "-0.50", "12345678901234567890.5")
                .map(BigDecimal::new);
        Arbitrary<String> key = Arbitraries.strings().withCharRange('a', 'z').withChars("_-09AZ").ofMinLength(1).ofMaxLength(6);
        Arbitrary<List<Item>> items = Combinators.combine(key, line).as(Item::new).list().ofMinSize(2).ofMaxSize(5)
                .uniqueElements(Item::key);
        Arbitrary<Question> single = Combinators.combine(text, choices(line, Arbitraries.just(null), feedback), text, points)
                .as((t, cs, e, p) -> new Question.Single(0, t, cs, cs.get(t.length() % cs.size()).key(), e, p));
        Arbitrary<Question> multiple = Combinators.combine(text, choices(line, fraction.injectNull(0.3), feedback),
                Arbitraries.of(Question.MultipleScoring.class), text, points)
                .as((t, cs, s, e, p) -> new Question.Multiple(0, t, cs, keys(cs, t.length()), s, e, p));
        Arbitrary<Question> trueFalse = Combinators.combine(text, Arbitraries.of(true, false), feedback, feedback, text, points)
                .as((t, a, ft, ff, e, p) -> new Question.TrueFalse(0, t, a, ft, ff, e, p));
        Arbitrary<Question.TextAnswer> textAnswer = Combinators.combine(line, fraction, Arbitraries.of(Question.TextAnswer.Match.class),
                feedback).as(Question.TextAnswer::new);
        Arbitrary<Question> shortText = Combinators.combine(text, textAnswer.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(true, false),
                text, points).as((t, as, c, e, p) -> new Question.ShortText(0, t, as, c, e, p));
        Arbitrary<NumericAnswer> numericAnswer = Arbitraries.oneOf(
                Combinators.combine(decimal, decimal.map(BigDecimal::abs), fraction, feedback).as(NumericAnswer.Nominal::new),
                Combinators.combine(decimal, decimal, fraction, feedback).as(NumericAnswer.Range::new));
        Arbitrary<Question> numeric = Combinators.combine(text, numericAnswer.list().ofMinSize(1).ofMaxSize(4), text, points)
                .as((t, as, e, p) -> new Question.Numeric(0, t, as, e, p));
        Arbitrary<Question> matching = Combinators.combine(text, items, items, Arbitraries.of(Question.MatchingScoring.class), text, points)
                .as((t, stems, options, s, e, p) -> {
                    Map<String, String> pairs = new LinkedHashMap<>();
                    for (int i = 0; i < stems.size(); i++) {
                        pairs.put(stems.get(i).key(), options.get((i * 7 + t.length()) % options.size()).key());
                    }
                    return new Question.Matching(0, t, stems, options, pairs, s, e, p);
                });
        Arbitrary<Question> ordering = Combinators.combine(text, items, Arbitraries.of(Question.OrderingScoring.class), text, points)
                .as((t, is, s, e, p) -> new Question.Ordering(0, t, is, s, e, p));
        return Arbitraries.oneOf(single, multiple, trueFalse, shortText, numeric, matching, ordering);
    }

    /** Questions as GIFT states them: one point, Moodle's modes, weights of its grade list, keys as the reader gives them. */
    static Arbitrary<Question> giftTypes(Arbitrary<String> line, Arbitrary<String> text, Arbitrary<String> feedback) {
        Arbitrary<BigDecimal> grade = Arbitraries.of(GRADES).map(BigDecimal::new);
        Arbitrary<Question> multiple = Combinators.combine(text, choices(line, grade, feedback), text)
                .as((t, cs, e) -> new Question.Multiple(0, t, cs, positive(cs), Question.MultipleScoring.weighted, e, BigDecimal.ONE))
                .filter(q -> !q.correct().isEmpty()).map(Question.class::cast);
        Arbitrary<Question> trueFalse = Combinators.combine(text, Arbitraries.of(true, false), feedback, feedback, text)
                .as((t, a, ft, ff, e) -> new Question.TrueFalse(0, t, a, ft, ff, e, BigDecimal.ONE));
        Arbitrary<String> noArrow = line.filter(l -> !l.contains("->"));
        Arbitrary<Question.TextAnswer> textAnswer = Arbitraries.oneOf(
                Combinators.combine(noArrow, grade, feedback.filter(f -> !f.contains("->")))
                        .as((l, f, fb) -> new Question.TextAnswer(l, f, Question.TextAnswer.Match.exact, fb)),
                Combinators.combine(noArrow, grade).as((l, f) -> new Question.TextAnswer(l + " *", f, Question.TextAnswer.Match.wildcard, "")));
        Arbitrary<Question> shortText = Combinators.combine(text, textAnswer.list().ofMinSize(1).ofMaxSize(4), text)
                .as((t, as, e) -> new Question.ShortText(0, t, as, false, e, BigDecimal.ONE));
        Arbitrary<BigDecimal> decimal = Arbitraries.of("3.14", "-2", "0", "1997", "0.001", "-0.50").map(BigDecimal::new);
        Arbitrary<NumericAnswer> numericAnswer = Arbitraries.oneOf(
                Combinators.combine(decimal, decimal.map(BigDecimal::abs), grade, feedback).as(NumericAnswer.Nominal::new),
                Combinators.combine(decimal, decimal, grade, feedback).as(NumericAnswer.Range::new));
        Arbitrary<Question> numeric = Combinators.combine(text, numericAnswer.list().ofMinSize(1).ofMaxSize(4), text)
                .as((t, as, e) -> new Question.Numeric(0, t, as, e, BigDecimal.ONE));
        Arbitrary<Question> matching = Combinators.combine(text, noArrow.list().ofMinSize(2).ofMaxSize(4),
                line.list().ofMinSize(2).ofMaxSize(5).uniqueElements(), Arbitraries.integers().between(0, 99), text)
                .as((t, stems, options, seed, e) -> matching(t, stems, options, seed, e));
        return Arbitraries.oneOf(multiple, trueFalse, shortText, numeric, matching);
    }

    /** Options keyed o1, o2… in the order GIFT lists them: the paired ones as the stems first name them, then the distractors. */
    private static Question matching(String text, List<String> stems, List<String> options, int seed, String explanation) {
        List<Integer> order = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            int option = (seed + i * i) % options.size();
            chosen.add(option);
            if (!order.contains(option)) {
                order.add(option);
            }
        }
        for (int i = 0; i < options.size(); i++) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        List<Item> stemItems = new ArrayList<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < stems.size(); i++) {
            stemItems.add(new Item("s" + (i + 1), stems.get(i)));
            pairs.put("s" + (i + 1), "o" + (order.indexOf(chosen.get(i)) + 1));
        }
        List<Item> optionItems = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            optionItems.add(new Item("o" + (i + 1), options.get(order.get(i))));
        }
        return new Question.Matching(0, text, stemItems, optionItems, pairs, Question.MatchingScoring.perPair, explanation, BigDecimal.ONE);
    }

    private static Arbitrary<List<Choice>> choices(Arbitrary<String> line, Arbitrary<BigDecimal> fraction, Arbitrary<String> feedback) {
        return Combinators.combine(line, fraction, feedback).as((l, f, fb) -> new Choice("", l, f, fb)).list().ofMinSize(2).ofMaxSize(6)
                .map(cs -> {
                    List<Choice> keyed = new ArrayList<>();
                    for (Choice c : cs) {
                        keyed.add(new Choice(String.valueOf((char) ('A' + keyed.size())), c.text(), c.fraction(), c.feedback()));
                    }
                    return keyed;
                });
    }

    private static Set<String> keys(List<Choice> choices, int seed) {
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            if ((seed >> i & 1) == 1 || i == seed % choices.size()) {
                keys.add(choices.get(i).key());
            }
        }
        return keys;
    }

    private static Set<String> positive(List<Choice> choices) {
        Set<String> keys = new LinkedHashSet<>();
        choices.stream().filter(c -> c.fraction().signum() > 0).forEach(c -> keys.add(c.key()));
        return keys;
    }
}
