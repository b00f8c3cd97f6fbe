package dev.quizbank.attempt.service;

import java.util.Collection;

/**
 * Which questions of its version a graded attempt was given, as its row keeps them: a bit per question in number
 * order, the first question in the lowest bit of the first byte. Null stands for every question, as for every
 * attempt graded from a one-shot sheet.
 */
public final class GivenQuestions {

    private GivenQuestions() {
    }

    /** The bits of {@code numbers} among {@code count} questions; null when they are all of them. */
    public static byte[] of(int count, Collection<Integer> numbers) {
        if (numbers.size() == count) {
            return null;
        }
        byte[] bits = new byte[(count + 7) / 8];
        for (int number : numbers) {
            bits[(number - 1) / 8] |= (byte) (1 << ((number - 1) % 8));
        }
        return bits;
    }

    /** Whether the question at {@code index} (0-based, in number order) was given. */
    public static boolean has(byte[] given, int index) {
        return given == null || (given[index / 8] & (1 << (index % 8))) != 0;
    }
}
