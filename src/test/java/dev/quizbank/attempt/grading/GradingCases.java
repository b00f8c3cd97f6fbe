package dev.quizbank.attempt.grading;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Random questions of every type and mode with random responses of the right shape, built from a
 * {@link Random} so that one generator can tie a response to its question: responses are often derived from
 * the key (an accepted text re-cased, re-normalised, re-spaced, its stars filled; a number on a boundary or
 * just off it; most pairs right; a few swaps of the correct order), so that full, partial and no credit all
 * occur often.
 */
final class GradingCases {

    /** A question and a response to it; {@code null} stands for a question left out of the sheet. */
    record Case(Question question, Response response) {
    }

    /**
     * Pieces of authored and typed texts: letters whose case folds simply and ones whose does not, a letter
     * in NFC and NFD, look-alikes NFC maps onto letters (Kelvin, Ångström), regex metacharacters, stars,
     * escaped stars, a lone backslash, letters outside the BMP (one with a case), a titlecase letter, characters that look blank but are not whitespace, and whitespace of several kinds.
     */
    private static final List<String> PIECES = List.of("a", "b", "Z", "Straße", "STRASSE", "strasse", "ẞ", "é", "e\u0301",
            "É", "E\u0301", "Σ", "σ", "ς", "ı", "İ", "i", "I", "\u212A", "k", "\u212B", "å", ".", "+", "?", "(", ")", "[",
            "]", "{", "}", "^", "$", "|", "\\", "\\*", "*", "**", "-", "1", ".*", "\\d", "\uD83D\uDE00", "\uD801\uDC00", "\uD801\uDC28", "ǅ", "ǆ", "Ǆ", "\u001F", "\u200B", " ", "  ", "\t");

    private static final List<String> WHITESPACE = List.of(" ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000",
            "\u202F", "\u000B", "\u0085");

    private static final List<BigDecimal> NICE_FRACTIONS = decimals("-1", "-0.5", "-0.33333", "0", "0.00005", "0.00015",
            "0.2", "0.25", "0.33333", "0.33335", "0.5", "0.66667", "0.99995", "1");

    private static final List<BigDecimal> POINTS = decimals("1", "2", "0.5", "2.5", "3", "0.25", "10", "1.75");

    private GradingCases() {
    }

    static Case single(Random random) {
        List<String> keys = keys(random, 1, 6);
        String correct = pick(random, keys);
        Question question = new Question.Single(1, "Which?", choices(random, keys), correct, "", points(random));
        Response response = random.nextInt(10) == 0 ? null : new Response.Choice(recased(random, pick(random, keys)));
        return new Case(question, response);
    }

    static Case multiple(Random random, Question.MultipleScoring scoring) {
        List<String> keys = keys(random, 1, 8);
        List<String> correct = new ArrayList<>(subset(random, keys));
        if (correct.isEmpty()) {
            correct.add(pick(random, keys));
        }
        Question question = new Question.Multiple(1, "Which?", choices(random, keys), new LinkedHashSet<>(correct),
                scoring, "", points(random));
        List<String> ticked = switch (random.nextInt(6)) {
            case 0 -> List.of();
            case 1 -> shuffled(random, correct);
            case 2 -> {
                List<String> superset = new ArrayList<>(correct);
                superset.add(pick(random, keys));
                yield shuffled(random, superset);
            }
            default -> {
                List<String> any = new ArrayList<>();
                int count = random.nextInt(keys.size() + 3);
                for (int i = 0; i < count; i++) {
                    any.add(pick(random, keys));
                }
                yield any;
            }
        };
        List<String> given = new ArrayList<>();
        for (String key : ticked) {
            given.add(recased(random, key));
        }
        return new Case(question, random.nextInt(20) == 0 ? null : new Response.Choices(given));
    }

    static Case trueFalse(Random random) {
        Question question = new Question.TrueFalse(1, "True?", random.nextBoolean(), "", "", "", points(random));
        return new Case(question, random.nextInt(10) == 0 ? null : new Response.Value(random.nextBoolean()));
    }

    static Case shortText(Random random) {
        List<Question.TextAnswer> answers = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Question.TextAnswer.Match match = random.nextBoolean() ? Question.TextAnswer.Match.exact
                    : Question.TextAnswer.Match.wildcard;
            answers.add(new Question.TextAnswer(text(random, 1, 6), answerFraction(random), match, ""));
        }
        Question question = new Question.ShortText(1, "Name it", answers, random.nextBoolean(), "", points(random));
        String typed = switch (random.nextInt(8)) {
            case 0 -> text(random, 0, 6);
            case 1 -> pick(random, WHITESPACE) + pick(random, WHITESPACE);
            default -> {
                Question.TextAnswer answer = pick(random, answers);
                String filled = answer.match() == Question.TextAnswer.Match.wildcard
                        ? starsFilled(random, answer.text())
                        : answer.text();
                yield respaced(random, renormalised(random, recasedText(random, filled)));
            }
        };
        return new Case(question, random.nextInt(20) == 0 ? null : new Response.Text(typed));
    }

    static Case numeric(Random random) {
        List<NumericAnswer> answers = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            BigDecimal a = decimal(random);
            if (random.nextBoolean()) {
                BigDecimal tolerance = random.nextInt(3) == 0 ? BigDecimal.ZERO.setScale(random.nextInt(3))
                        : decimal(random).abs();
                answers.add(new NumericAnswer.Nominal(a, tolerance, answerFraction(random), ""));
            } else {
                answers.add(new NumericAnswer.Range(a, a.add(decimal(random).abs()), answerFraction(random), ""));
            }
        }
        Question question = new Question.Numeric(1, "How much?", answers, "", points(random));
        BigDecimal typed = switch (random.nextInt(5)) {
            case 0 -> decimal(random);
            default -> {
                BigDecimal edge = switch (pick(random, answers)) {
                    case NumericAnswer.Nominal n -> switch (random.nextInt(3)) {
                        case 0 -> n.value();
                        case 1 -> n.value().subtract(n.tolerance());
                        default -> n.value().add(n.tolerance());
                    };
                    case NumericAnswer.Range r -> random.nextBoolean() ? r.min() : r.max();
                };
                BigDecimal nudge = BigDecimal.ONE.movePointLeft(1 + random.nextInt(5));
                yield switch (random.nextInt(4)) {
                    case 0 -> edge.add(nudge);
                    case 1 -> edge.subtract(nudge);
                    case 2 -> edge.setScale(edge.scale() + 1 + random.nextInt(3));
                    default -> edge;
                };
            }
        };
        return new Case(question, random.nextInt(20) == 0 ? null : new Response.Number(typed));
    }

    static Case matching(Random random, Question.MatchingScoring scoring) {
        List<String> stems = keys(random, 1, 5);
        List<String> options = keys(random, stems.size(), stems.size() + 3);
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String stem : stems) {
            pairs.put(stem, pick(random, options));
        }
        Question question = new Question.Matching(1, "Match", items(stems), items(options), pairs, scoring, "",
                points(random));
        Map<String, String> given = new LinkedHashMap<>();
        int skill = random.nextInt(4);
        for (String stem : stems) {
            int roll = random.nextInt(10);
            if (roll < skill * 3) {
                given.put(stem, pairs.get(stem));
            } else if (roll < 9) {
                given.put(stem, pick(random, options));
            }
        }
        return new Case(question, random.nextInt(20) == 0 ? null : new Response.Pairs(given));
    }

    static Case ordering(Random random, Question.OrderingScoring scoring) {
        List<String> keys = keys(random, 2, 8);
        Question question = new Question.Ordering(1, "Order", items(keys), scoring, "", points(random));
        List<String> order = new ArrayList<>(keys);
        switch (random.nextInt(5)) {
            case 0 -> Collections.shuffle(order, random);
            case 1 -> Collections.reverse(order);
            case 2 -> order.clear();
            default -> {
                int swaps = random.nextInt(3);
                for (int i = 0; i < swaps; i++) {
                    Collections.swap(order, random.nextInt(order.size()), random.nextInt(order.size()));
                }
            }
        }
        return new Case(question, random.nextInt(20) == 0 ? null : new Response.Order(order));
    }

    /** Keys unique whatever their case, as authoring requires of choice keys. */
    private static List<String> keys(Random random, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        Set<String> seen = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>();
        String alphabet = "ABCDEFGHabcdefgh0123456789_-";
        while (keys.size() < count) {
            StringBuilder key = new StringBuilder();
            int length = 1 + random.nextInt(3);
            for (int i = 0; i < length; i++) {
                key.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (seen.add(key.toString().toUpperCase(Locale.ROOT))) {
                keys.add(key.toString());
            }
        }
        return keys;
    }

    private static List<QuizDocument.Choice> choices(Random random, List<String> keys) {
        List<QuizDocument.Choice> choices = new ArrayList<>();
        for (String key : keys) {
            BigDecimal fraction = random.nextInt(5) == 0 ? null : fraction(random);
            choices.add(new QuizDocument.Choice(key, "Choice " + key, fraction, ""));
        }
        return choices;
    }

    private static List<Question.Item> items(List<String> keys) {
        return keys.stream().map(key -> new Question.Item(key, "Item " + key)).toList();
    }

    /** −1..1 with up to 5 places: often a value that sums to a bound or rounds on a tie, else any. */
    private static BigDecimal fraction(Random random) {
        if (random.nextBoolean()) {
            return pick(random, NICE_FRACTIONS);
        }
        int places = random.nextInt(6);
        int bound = (int) Math.pow(10, places);
        return BigDecimal.valueOf(random.nextInt(2 * bound + 1) - bound, places);
    }

    /** An accepted answer's fraction: the contract's default of 1 a third of the time, else any. */
    private static BigDecimal answerFraction(Random random) {
        return random.nextInt(3) == 0 ? BigDecimal.ONE : fraction(random);
    }

    private static BigDecimal decimal(Random random) {
        return BigDecimal.valueOf(random.nextInt(4001) - 2000, random.nextInt(4));
    }

    private static BigDecimal points(Random random) {
        return pick(random, POINTS);
    }

    private static String text(Random random, int min, int max) {
        StringBuilder text = new StringBuilder();
        int count = min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            text.append(pick(random, PIECES));
        }
        return text.toString();
    }

    /** Each star that is not escaped replaced by some run of pieces (perhaps none), each {@code \*} by a star. */
    private static String starsFilled(Random random, String pattern) {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                typed.append('*');
                i++;
            } else if (c == '*') {
                typed.append(text(random, 0, 3));
            } else {
                typed.append(c);
            }
        }
        return typed.toString();
    }

    private static String recased(Random random, String key) {
        return switch (random.nextInt(4)) {
            case 0 -> key.toLowerCase(Locale.ROOT);
            case 1 -> key.toUpperCase(Locale.ROOT);
            default -> key;
        };
    }

    /** Upper or lower case, full mappings included ({@code ß} → {@code SS}), or code point by code point at random. */
    private static String recasedText(Random random, String text) {
        return switch (random.nextInt(5)) {
            case 0 -> text.toUpperCase(Locale.ROOT);
            case 1 -> text.toLowerCase(Locale.ROOT);
            case 2 -> {
                StringBuilder mixed = new StringBuilder();
                text.codePoints().forEach(cp -> mixed.appendCodePoint(
                        random.nextBoolean() ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
                yield mixed.toString();
            }
            default -> text;
        };
    }

    private static String renormalised(Random random, String text) {
        return switch (random.nextInt(3)) {
            case 0 -> Normalizer.normalize(text, Normalizer.Form.NFD);
            case 1 -> Normalizer.normalize(text, Normalizer.Form.NFC);
            default -> text;
        };
    }

    /** Spaces widened into runs of other whitespace, and whitespace added around. */
    private static String respaced(Random random, String text) {
        StringBuilder spaced = new StringBuilder();
        if (random.nextBoolean()) {
            spaced.append(pick(random, WHITESPACE));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            spaced.append(c == ' ' && random.nextBoolean() ? pick(random, WHITESPACE) + pick(random, WHITESPACE) : c);
        }
        if (random.nextBoolean()) {
            spaced.append(pick(random, WHITESPACE));
        }
        return spaced.toString();
    }

    private static <T> List<T> subset(Random random, List<T> all) {
        return all.stream().filter(x -> random.nextBoolean()).toList();
    }

    private static <T> List<T> shuffled(Random random, List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
