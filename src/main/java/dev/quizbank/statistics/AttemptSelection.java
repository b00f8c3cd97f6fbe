package dev.quizbank.statistics;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which attempts the statistics use: all, or one per learner (anonymous attempts count on their own). */
public enum AttemptSelection {
    ALL, FIRST, LAST;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * For query parameters: {@code all}, {@code first} or {@code last}, in any case.
     *
     * @throws IllegalArgumentException with a message fit for a client, for any other value
     */
    public static AttemptSelection fromString(String value) {
        for (AttemptSelection selection : values()) {
            if (selection.wireName().equalsIgnoreCase(value)) {
                return selection;
            }
        }
        throw new IllegalArgumentException("attempts must be all, first or last");
    }
}
