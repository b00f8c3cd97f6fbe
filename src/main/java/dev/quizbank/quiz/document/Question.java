package dev.quizbank.quiz.document;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question of a quiz, of one of the seven types of docs/question-types.md. Records hold what the source states
 * and check nothing: a reader builds them from broken sources too, and {@code QuizRules} reports every
 * broken rule at its place. Texts, explanations and feedback are CommonMark; an explanation may be empty.
 */
public sealed interface Question {

    /** Keys of stems, options and items: short, and safe in every export's identifiers. */
    Pattern ITEM_KEY = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /** Worth one point unless the source states otherwise. */
    BigDecimal DEFAULT_POINTS = BigDecimal.ONE;

    int number();

    String text();

    String explanation();

    /** A positive decimal: a response graded f earns f × points. */
    BigDecimal points();

    Type type();

    /** The constants are spelled as the {@code type} values of the contract, so that {@code name()} is the wire name. */
    enum Type {
        single, multiple, trueFalse, shortText, numeric, matching, ordering
    }

    enum MultipleScoring {
        allOrNothing, rightMinusWrong, weighted
    }

    enum MatchingScoring {
        perPair, allOrNothing
    }

    enum OrderingScoring {
        allOrNothing, absolutePosition, longestOrderedSubset
    }

    /** One right choice among {@code choices}, named by its key. */
    record Single(int number, String text, List<QuizDocument.Choice> choices, String correctChoice, String explanation,
            BigDecimal points) implements Question {

        public Single {
            choices = List.copyOf(choices);
        }

        /** A single-choice question worth the default point, as every source before Part 3 states one. */
        public Single(int number, String text, List<QuizDocument.Choice> choices, String correctChoice, String explanation) {
            this(number, text, choices, correctChoice, explanation, DEFAULT_POINTS);
        }

        @Override
        public Type type() {
            return Type.single;
        }
    }

    /** Several right choices: the keys in {@code correct}, in the source's order. */
    record Multiple(int number, String text, List<QuizDocument.Choice> choices, Set<String> correct,
            MultipleScoring scoring, String explanation, BigDecimal points) implements Question {

        public Multiple {
            choices = List.copyOf(choices);
            correct = Collections.unmodifiableSet(new LinkedHashSet<>(correct));
        }

        @Override
        public Type type() {
            return Type.multiple;
        }
    }

    /**
     * A statement that is true or false.
     *
     * @param feedbackIfTrue shown in a full review to whoever answered true (GIFT's first {@code #} when the answer
     *        is false, its second when it is true); empty when the source states none
     * @param feedbackIfFalse likewise for whoever answered false
     */
    record TrueFalse(int number, String text, boolean answer, String feedbackIfTrue, String feedbackIfFalse,
            String explanation, BigDecimal points) implements Question {

        public TrueFalse {
            feedbackIfTrue = feedbackIfTrue == null ? "" : feedbackIfTrue;
            feedbackIfFalse = feedbackIfFalse == null ? "" : feedbackIfFalse;
        }

        @Override
        public Type type() {
            return Type.trueFalse;
        }
    }

    /** A typed answer: the first of {@code answers}, in order, that matches the response grades it. */
    record ShortText(int number, String text, List<TextAnswer> answers, boolean caseSensitive, String explanation,
            BigDecimal points) implements Question {

        public ShortText {
            answers = List.copyOf(answers);
        }

        @Override
        public Type type() {
            return Type.shortText;
        }
    }

    /** A decimal answer: the first of {@code answers}, in order, whose interval holds the response grades it. */
    record Numeric(int number, String text, List<NumericAnswer> answers, String explanation, BigDecimal points)
            implements Question {

        public Numeric {
            answers = List.copyOf(answers);
        }

        @Override
        public Type type() {
            return Type.numeric;
        }
    }

    /**
     * Stems to pair with options; options no stem is paired with are distractors.
     *
     * @param pairs stem key → option key, in the order of {@code stems}, then any pair naming no stem in the
     *        source's order, so that the rules can report it
     */
    record Matching(int number, String text, List<Item> stems, List<Item> options, Map<String, String> pairs,
            MatchingScoring scoring, String explanation, BigDecimal points) implements Question {

        public Matching {
            stems = List.copyOf(stems);
            options = List.copyOf(options);
            Map<String, String> ordered = new LinkedHashMap<>();
            for (Item stem : stems) {
                if (pairs.containsKey(stem.key())) {
                    ordered.put(stem.key(), pairs.get(stem.key()));
                }
            }
            pairs.forEach(ordered::putIfAbsent);
            pairs = Collections.unmodifiableMap(ordered);
        }

        @Override
        public Type type() {
            return Type.matching;
        }
    }

    /** Items to put in order; {@code items} is the correct order. */
    record Ordering(int number, String text, List<Item> items, OrderingScoring scoring, String explanation,
            BigDecimal points) implements Question {

        public Ordering {
            items = List.copyOf(items);
        }

        @Override
        public Type type() {
            return Type.ordering;
        }
    }

    /** A stem or option of a matching question, or an item of an ordering question. */
    record Item(String key, String text) {
    }

    /**
     * An accepted answer of a short-text question.
     *
     * @param fraction the share of the points it earns, from −1 to 1 (the contract's default is 1)
     * @param feedback CommonMark shown in a full review to whoever gave it; empty when the source states none
     */
    record TextAnswer(String text, BigDecimal fraction, Match match, String feedback) {

        public TextAnswer {
            feedback = feedback == null ? "" : feedback;
        }

        /** {@code exact} after normalising both sides; {@code wildcard}: {@code *} is any run of characters, {@code \*} a star. */
        public enum Match {
            exact, wildcard
        }
    }
}
