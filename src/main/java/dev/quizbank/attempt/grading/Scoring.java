package dev.quizbank.attempt.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * The fraction f in [0, 1] that a response earns, for every question type and scoring mode: the one
 * place where the contract's grading table is written down. Exact decimals throughout; the fraction
 * is rounded once, to four places half-even, and a question earns f × points of that rounded f.
 */
public final class Scoring {

    public static final int FRACTION_SCALE = 4;
    /** Quotients of counts up to 10^5 are kept this exactly before the one rounding, so that it lands as on the exact value. */
    private static final int EXACT_SCALE = FRACTION_SCALE + 6;
    /** Unicode's White_Space, so that a no-break or ideographic space counts as one; {@code \s} is ASCII only. */
    private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");
    private static final Pattern OUTER_WHITESPACE = Pattern.compile("\\A\\p{IsWhite_Space}+|\\p{IsWhite_Space}+\\z");
    /**
     * The pattern of an author's answer, compiled once: grading a typed answer is on the hot path of every
     * POST, and an answer's pattern never changes. Bounded, since versions come and go.
     */
    private static final Cache<PatternKey, Pattern> PATTERNS = Caffeine.newBuilder().maximumSize(10_000).build();

    private Scoring() {
    }

    /**
     * The fraction of {@code question}'s points that {@code response} earns; 0 for no response.
     *
     * @throws IllegalArgumentException when the response is not of the question's shape, which the
     *         sheet's checks rule out before grading
     */
    public static BigDecimal fraction(Question question, Response response) {
        BigDecimal f = response == null ? BigDecimal.ZERO : switch (question) {
            case Question.Single q -> single(q, as(Response.Choice.class, response, q));
            case Question.Multiple q -> multiple(q, as(Response.Choices.class, response, q));
            case Question.TrueFalse q -> as(Response.Value.class, response, q).value() == q.answer() ? BigDecimal.ONE : BigDecimal.ZERO;
            case Question.ShortText q -> shortText(q, as(Response.Text.class, response, q));
            case Question.Numeric q -> numeric(q, as(Response.Number.class, response, q));
            case Question.Matching q -> matching(q, as(Response.Pairs.class, response, q));
            case Question.Ordering q -> ordering(q, as(Response.Order.class, response, q));
        };
        return clamp(f).setScale(FRACTION_SCALE, RoundingMode.HALF_EVEN);
    }

    /** The points a question earns for a fraction that {@link #fraction} gave. */
    public static BigDecimal points(Question question, BigDecimal fraction) {
        return fraction.multiply(question.points());
    }

    private static BigDecimal single(Question.Single question, Response.Choice response) {
        return key(question.correctChoice()).equals(key(response.key())) ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    /** Choice keys match whatever their case, as single-choice keys always have; a key ticked twice is one key. */
    private static String key(String key) {
        return key.toUpperCase(Locale.ROOT);
    }

    private static BigDecimal multiple(Question.Multiple question, Response.Choices response) {
        Set<String> chosen = response.keys().stream().map(Scoring::key).collect(Collectors.toSet());
        if (chosen.isEmpty()) {
            return BigDecimal.ZERO;
        }
        Set<String> correct = question.correct().stream().map(Scoring::key).collect(Collectors.toSet());
        return switch (question.scoring()) {
            case allOrNothing -> chosen.equals(correct) ? BigDecimal.ONE : BigDecimal.ZERO;
            case rightMinusWrong -> {
                long right = chosen.stream().filter(correct::contains).count();
                long wrong = chosen.size() - right;
                yield BigDecimal.valueOf(right - wrong).divide(BigDecimal.valueOf(correct.size()),
                        EXACT_SCALE, RoundingMode.HALF_EVEN);
            }
            case weighted -> question.choices().stream().filter(c -> chosen.contains(key(c.key())))
                    .map(QuizDocument.Choice::fraction).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        };
    }

    private static BigDecimal shortText(Question.ShortText question, Response.Text response) {
        String given = normalised(response.text());
        if (given.isEmpty()) {
            return BigDecimal.ZERO;
        }
        for (Question.TextAnswer answer : question.answers()) {
            if (matches(answer, given, question.caseSensitive())) {
                return answer.fraction();
            }
        }
        return BigDecimal.ZERO;
    }

    /** NFC, trimmed, each inner run of whitespace as one space: how both sides are compared. */
    public static String normalised(String text) {
        String trimmed = OUTER_WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
        return WHITESPACE.matcher(trimmed).replaceAll(" ");
    }

    /**
     * Case-insensitive means code point by code point under simple case folding ({@code CASE_INSENSITIVE |
     * UNICODE_CASE}): {@code é} matches {@code É}, {@code ς} and {@code σ} match {@code Σ}, but {@code ß} does not
     * match {@code SS}, a folding that changes the length: an author who accepts both lists both.
     */
    private static boolean matches(Question.TextAnswer answer, String given, boolean caseSensitive) {
        return PATTERNS.get(new PatternKey(answer.text(), answer.match(), caseSensitive), Scoring::compile).matcher(given).matches();
    }

    private record PatternKey(String text, Question.TextAnswer.Match match, boolean caseSensitive) {
    }

    private static Pattern compile(PatternKey key) {
        String expected = normalised(key.text());
        int flags = key.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String regex = key.match() == Question.TextAnswer.Match.wildcard ? wildcard(expected) : Pattern.quote(expected);
        return Pattern.compile(regex, flags | Pattern.DOTALL);
    }

    /** {@code *} is any run of characters and {@code \*} a literal star; every other character stands for itself. */
    private static String wildcard(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                literal.append('*');
                i++;
            } else if (c == '*') {
                regex.append(Pattern.quote(literal.toString())).append(".*");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        return regex.append(Pattern.quote(literal.toString())).toString();
    }

    private static BigDecimal numeric(Question.Numeric question, Response.Number response) {
        BigDecimal x = response.number();
        for (NumericAnswer answer : question.answers()) {
            boolean holds = switch (answer) {
                case NumericAnswer.Nominal n -> n.value().subtract(n.tolerance()).compareTo(x) <= 0
                        && x.compareTo(n.value().add(n.tolerance())) <= 0;
                case NumericAnswer.Range r -> r.min().compareTo(x) <= 0 && x.compareTo(r.max()) <= 0;
            };
            if (holds) {
                return answer.fraction();
            }
        }
        return BigDecimal.ZERO;
    }

    private static BigDecimal matching(Question.Matching question, Response.Pairs response) {
        if (response.pairs().isEmpty()) {
            return BigDecimal.ZERO;
        }
        long right = question.stems().stream()
                .filter(stem -> question.pairs().get(stem.key()).equals(response.pairs().get(stem.key()))).count();
        int stems = question.stems().size();
        return switch (question.scoring()) {
            case allOrNothing -> right == stems ? BigDecimal.ONE : BigDecimal.ZERO;
            case perPair -> ratio(right, stems);
        };
    }

    private static BigDecimal ordering(Question.Ordering question, Response.Order response) {
        if (response.keys().isEmpty()) {
            return BigDecimal.ZERO;
        }
        List<String> correct = question.items().stream().map(Question.Item::key).toList();
        int n = correct.size();
        return switch (question.scoring()) {
            case allOrNothing -> correct.equals(response.keys()) ? BigDecimal.ONE : BigDecimal.ZERO;
            case absolutePosition -> {
                long inPlace = 0;
                for (int i = 0; i < n; i++) {
                    inPlace += correct.get(i).equals(response.keys().get(i)) ? 1 : 0;
                }
                yield ratio(inPlace, n);
            }
            case longestOrderedSubset -> {
                int longest = longestIncreasing(positions(correct, response.keys()));
                yield longest < 2 ? BigDecimal.ZERO : ratio(longest, n);
            }
        };
    }

    /** Where each item of the response stands in the correct order. */
    private static List<Integer> positions(List<String> correct, List<String> response) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < correct.size(); i++) {
            place.put(correct.get(i), i);
        }
        return response.stream().map(place::get).toList();
    }

    /** The length of the longest strictly increasing subsequence (patience sorting). */
    private static int longestIncreasing(List<Integer> values) {
        List<Integer> tails = new ArrayList<>();
        for (int value : values) {
            int at = Collections.binarySearch(tails, value);
            at = at < 0 ? -at - 1 : at;
            if (at == tails.size()) {
                tails.add(value);
            } else {
                tails.set(at, value);
            }
        }
        return tails.size();
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), EXACT_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal clamp(BigDecimal f) {
        return f.signum() < 0 ? BigDecimal.ZERO : f.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : f;
    }

    private static <R extends Response> R as(Class<R> shape, Response response, Question question) {
        if (!shape.isInstance(response)) {
            throw new IllegalArgumentException("question " + question.number() + " (" + question.type() + ") takes a "
                    + shape.getSimpleName().toLowerCase(Locale.ROOT) + " response, not " + response);
        }
        return shape.cast(response);
    }
}
