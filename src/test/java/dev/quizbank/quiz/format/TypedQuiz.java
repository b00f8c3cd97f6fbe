package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.quizbank.attempt.grading.Response;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.Question.Item;
import dev.quizbank.quiz.document.Question.TextAnswer;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.QuizDocument.Choice;

/**
 * A quiz with every question type and scoring mode, some worth other than one point, and for each question the
 * responses to grade it with: right, wrong, partial, empty, and the edges of its mode.
 */
final class TypedQuiz {

    private TypedQuiz() {
    }

    static QuizSource quiz() {
        return new QuizSource("types", QuizSettings.SELF_STUDY, new QuizDocument(1, "Every type", "Each type and mode.", questions(), List.of()));
    }

    static List<Question> questions() {
        List<Choice> four = List.of(new Choice("A", "Mercury"), new Choice("B", "Venus"), new Choice("C", "Earth"), new Choice("D", "Mars"));
        List<Choice> five = List.of(new Choice("A", "2"), new Choice("B", "3"), new Choice("C", "5"), new Choice("D", "9"), new Choice("E", "15"));
        List<Choice> weighted = List.of(new Choice("A", "HTTP", new BigDecimal("0.5"), "half"), new Choice("B", "TCP", new BigDecimal("0.5"), ""),
                new Choice("C", "PNG", new BigDecimal("-1"), "no"), new Choice("D", "UDP", new BigDecimal("0.25"), ""), new Choice("E", "JPEG", null, ""));
        List<Item> stems = List.of(new Item("s1", "France"), new Item("s2", "Japan"), new Item("s3", "Belgium"));
        List<Item> options = List.of(new Item("o1", "Euro"), new Item("o2", "Yen"), new Item("o3", "Dollar"));
        Map<String, String> pairs = new LinkedHashMap<>(Map.of("s1", "o1", "s2", "o2", "s3", "o1"));
        List<Item> three = List.of(new Item("x", "first"), new Item("y", "second"), new Item("z", "third"));
        List<Item> four2 = List.of(new Item("a", "one"), new Item("b", "two"), new Item("c", "three"), new Item("d", "four"));
        List<Item> five2 = List.of(new Item("p", "1"), new Item("q", "2"), new Item("r", "3"), new Item("s", "4"), new Item("t", "5"));
        return List.of(
                new Question.Single(1, "Which planet is third?", four, "C", "Earth."),
                new Question.Multiple(2, "Which are inner planets next to Earth?", four, new LinkedHashSet<>(List.of("B", "D")),
                        Question.MultipleScoring.allOrNothing, "Venus and Mars.", new BigDecimal("2")),
                new Question.Multiple(3, "Which are prime?", five, new LinkedHashSet<>(List.of("A", "B", "C")),
                        Question.MultipleScoring.rightMinusWrong, "2, 3 and 5.", new BigDecimal("1.5")),
                new Question.Multiple(4, "Which are protocols?", weighted, new LinkedHashSet<>(List.of("A", "B", "D")),
                        Question.MultipleScoring.weighted, "", BigDecimal.ONE),
                new Question.TrueFalse(5, "The Sun is a planet.", false, "It is a star.", "Right.", "A star.", BigDecimal.ONE),
                new Question.ShortText(6, "The capital of France?", List.of(
                        new TextAnswer("Paris", BigDecimal.ONE, TextAnswer.Match.exact, "Yes."),
                        new TextAnswer("Ville  de Paris", new BigDecimal("0.5"), TextAnswer.Match.exact, ""),
                        new TextAnswer("Par*s", new BigDecimal("0.25"), TextAnswer.Match.wildcard, "Spelling."),
                        new TextAnswer("Lyon", new BigDecimal("-0.5"), TextAnswer.Match.exact, "No."),
                        new TextAnswer("a*b$c", new BigDecimal("0.1"), TextAnswer.Match.exact, ""),
                        new TextAnswer("x\\*y*", new BigDecimal("0.2"), TextAnswer.Match.wildcard, ""),
                        new TextAnswer("Café", new BigDecimal("0.1"), TextAnswer.Match.exact, ""),
                        new TextAnswer("ville * paris", new BigDecimal("0.2"), TextAnswer.Match.wildcard, "")),
                        false, "Paris.", new BigDecimal("2")),
                new Question.ShortText(7, "Table salt's formula?", List.of(
                        new TextAnswer("NaCl", BigDecimal.ONE, TextAnswer.Match.exact, ""),
                        new TextAnswer("nacl", new BigDecimal("0.5"), TextAnswer.Match.exact, ""),
                        new TextAnswer("Na*", new BigDecimal("0.1"), TextAnswer.Match.wildcard, "")),
                        true, "NaCl.", BigDecimal.ONE),
                new Question.Numeric(8, "Pi to two places?", List.of(
                        new NumericAnswer.Nominal(new BigDecimal("3.14"), new BigDecimal("0.01"), BigDecimal.ONE, "Yes."),
                        new NumericAnswer.Range(new BigDecimal("3"), new BigDecimal("4"), new BigDecimal("0.5"), ""),
                        new NumericAnswer.Nominal(new BigDecimal("-2"), BigDecimal.ZERO, new BigDecimal("-1"), ""),
                        new NumericAnswer.Nominal(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.1"), "")),
                        "3.14.", new BigDecimal("2.5")),
                new Question.Matching(9, "Currencies", stems, options, pairs, Question.MatchingScoring.perPair, "", BigDecimal.ONE),
                new Question.Matching(10, "Currencies, all or nothing", stems, options, pairs, Question.MatchingScoring.allOrNothing, "",
                        new BigDecimal("3")),
                new Question.Ordering(11, "In order", three, Question.OrderingScoring.allOrNothing, "", BigDecimal.ONE),
                new Question.Ordering(12, "In order, by place", four2, Question.OrderingScoring.absolutePosition, "", new BigDecimal("2")),
                new Question.Ordering(13, "In order, longest run", five2, Question.OrderingScoring.longestOrderedSubset, "", BigDecimal.ONE),
                new Question.Ordering(14, "In order, one point per place", three, Question.OrderingScoring.absolutePosition, "", BigDecimal.ONE));
    }

    /** A response to grade, named for the report. */
    record Attempt(String label, Response response) {
    }

    static List<Attempt> responses(Question question) {
        List<Attempt> all = new ArrayList<>();
        all.add(new Attempt("unanswered", null));
        switch (question) {
            case Question.Single q -> q.choices().forEach(c -> all.add(new Attempt("choice " + c.key(), new Response.Choice(c.key()))));
            case Question.Multiple q -> {
                for (List<String> keys : List.of(List.<String>of(), List.of("A"), List.of("B"), List.of("B", "D"), List.of("A", "B"),
                        List.of("A", "B", "C"), List.of("A", "B", "C", "D"), List.of("A", "D"), List.of("C", "D", "E"),
                        List.of("A", "B", "C", "D", "E"), List.of("D", "B"), List.of("A", "B", "D"), List.of("E"))) {
                    if (q.choices().stream().map(Choice::key).toList().containsAll(keys)) {
                        all.add(new Attempt("choices " + keys, new Response.Choices(keys)));
                    }
                }
            }
            case Question.TrueFalse q -> {
                all.add(new Attempt("true", new Response.Value(true)));
                all.add(new Attempt("false", new Response.Value(false)));
            }
            case Question.ShortText q -> {
                for (String text : List.of("", "   ", "Paris", "paris", " PARIS  ", "Paris.", "xParis", "ville de paris", "Ville\t de \nParis",
                        "Villede Paris", "Parxyzs", "Pars", "par is", "lyon", "a*b$c", "A*B$C", "axb$c", "ab", "x*y", "x*yzz", "xay",
                        "NaCl", "nacl", "NACL", "Na", "Nab", "na", " NaCl ", "Na Cl", "Cafe\u0301", "CAFE\u0301", "café", "cafe",
                        "Ville  du   Paris", "ville  paris", "ville x paris", " ville\tx y\nparis ")) {
                    all.add(new Attempt("text '" + text + "'", new Response.Text(text)));
                }
            }
            case Question.Numeric q -> {
                for (String number : List.of("3.14", "3.13", "3.15", "3.1299", "3.1501", "3", "4", "2.999", "4.0001", "-2", "0", "0.0",
                        "-0", "1e0", "3.140000000001", "100")) {
                    all.add(new Attempt("number " + number, new Response.Number(new BigDecimal(number))));
                }
            }
            case Question.Matching q -> {
                all.add(new Attempt("no pairs", new Response.Pairs(Map.of())));
                all.add(new Attempt("all right", new Response.Pairs(q.pairs())));
                all.add(new Attempt("one right", new Response.Pairs(Map.of("s1", "o1"))));
                all.add(new Attempt("two right, one wrong", new Response.Pairs(Map.of("s1", "o1", "s2", "o2", "s3", "o3"))));
                all.add(new Attempt("all to one option", new Response.Pairs(Map.of("s1", "o1", "s2", "o1", "s3", "o1"))));
                all.add(new Attempt("all wrong", new Response.Pairs(Map.of("s1", "o2", "s2", "o3", "s3", "o2"))));
                all.add(new Attempt("two right", new Response.Pairs(Map.of("s1", "o1", "s3", "o1"))));
            }
            case Question.Ordering q -> {
                List<String> keys = q.items().stream().map(Item::key).toList();
                all.add(new Attempt("no order", new Response.Order(List.of())));
                for (List<String> order : permutations(keys)) {
                    all.add(new Attempt("order " + order, new Response.Order(order)));
                }
            }
        }
        return all;
    }

    /** Every order of up to four items; of five, the reversed, rotated and a few swapped orders. */
    private static List<List<String>> permutations(List<String> keys) {
        if (keys.size() > 4) {
            List<String> k = keys;
            return List.of(k, k.reversed(), List.of(k.get(1), k.get(2), k.get(3), k.get(4), k.get(0)),
                    List.of(k.get(4), k.get(0), k.get(1), k.get(2), k.get(3)), List.of(k.get(1), k.get(0), k.get(3), k.get(2), k.get(4)),
                    List.of(k.get(4), k.get(3), k.get(0), k.get(2), k.get(1)), List.of(k.get(0), k.get(4), k.get(2), k.get(3), k.get(1)),
                    List.of(k.get(2), k.get(4), k.get(0), k.get(1), k.get(3)), List.of(k.get(4), k.get(3), k.get(2), k.get(0), k.get(1)));
        }
        if (keys.size() <= 1) {
            return List.of(keys);
        }
        List<List<String>> all = new ArrayList<>();
        for (String first : keys) {
            List<String> rest = new ArrayList<>(keys);
            rest.remove(first);
            for (List<String> tail : permutations(rest)) {
                List<String> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
