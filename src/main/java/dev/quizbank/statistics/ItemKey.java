package dev.quizbank.statistics;

import java.util.List;
import java.util.Set;

import dev.quizbank.quiz.document.Question;

/**
 * What the statistics need to know about one question of any type.
 *
 * @param type             the question's type
 * @param maxUnits         its points m, in the accumulator's units
 * @param keys             what a response marks, reported per key: the choices of a choice type
 *                         ({@code true}, {@code false} for trueFalse), the stems of a matching, the items
 *                         of an ordering; empty for shortText and numeric
 * @param correct          the indexes of {@code keys} that a right response marks (choice types only)
 * @param randomGuessScore the mean fraction of a response drawn at random, null when undefined
 * @param binary           whether every response earns 0 or m, so that sorted pairings need only a count
 *                         of full marks per score
 */
public record ItemKey(Question.Type type, long maxUnits, List<String> keys, Set<Integer> correct,
        Double randomGuessScore, boolean binary) {

    public ItemKey {
        keys = List.copyOf(keys);
        correct = Set.copyOf(correct);
        if (maxUnits <= 0) {
            throw new IllegalArgumentException("a question is worth more than 0 points");
        }
    }

    /** Whether {@code keys} are choices (reported as {@code choices}) rather than places. */
    boolean choiceType() {
        return switch (type) {
            case single, multiple, trueFalse -> true;
            default -> false;
        };
    }

    boolean textType() {
        return type == Question.Type.shortText || type == Question.Type.numeric;
    }
}
