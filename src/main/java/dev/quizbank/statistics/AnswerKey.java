package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import dev.quizbank.quiz.document.Question;

/**
 * What the statistics need to know about one quiz version: per question its choice keys and which
 * one is correct. One point per question, so the highest score is the number of questions.
 */
public record AnswerKey(List<Item> items) {

    /** x is counted in units of 10^-4 of a point: a fraction has 4 places and the point is whole. */
    static final int SCALE = 4;

    /** Choice indexes fit in the byte of an attempt row (1-based, 0 = unanswered). */
    static final int MAX_CHOICES = Byte.MAX_VALUE;

    public AnswerKey {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a quiz has at least one question");
        }
        items = List.copyOf(items);
    }

    /**
     * One question.
     *
     * @param choiceKeys the keys of its choices in order (A, B, …); choice i + 1 has key i
     * @param correct    the 1-based index of the correct choice
     */
    public record Item(List<String> choiceKeys, int correct) {

        public Item {
            choiceKeys = List.copyOf(choiceKeys);
            if (choiceKeys.isEmpty() || choiceKeys.size() > MAX_CHOICES) {
                throw new IllegalArgumentException("a question has 1.." + MAX_CHOICES + " choices");
            }
            if (correct < 1 || correct > choiceKeys.size()) {
                throw new IllegalArgumentException("the correct choice must be one of the " + choiceKeys.size());
            }
        }

        public int choices() {
            return choiceKeys.size();
        }

        ItemKey itemKey() {
            return new ItemKey(Question.Type.single, BigDecimal.ONE.movePointRight(SCALE).longValueExact(), choiceKeys,
                    Set.of(correct - 1), 1.0 / choices(), true);
        }
    }

    public int questions() {
        return items.size();
    }

    public int maxScore() {
        return items.size();
    }
}
