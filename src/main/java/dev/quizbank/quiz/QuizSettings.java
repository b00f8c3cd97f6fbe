package dev.quizbank.quiz;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The author's settings of a quiz version: what an attempt reveals, who may attempt it and how often,
 * and which further authors own it besides its publisher.
 */
@Schema(description = "What a graded attempt shows, who may attempt the quiz and how often")
public record QuizSettings(
        @Schema(required = true, description = "full: everything; correctness: each question right or wrong only; score: no per-question results")
        Review review,
        @Schema(required = true, description = "true: anyone may attempt; false: only a signed-in learner") boolean anonymous,
        @Schema(required = true, nullable = true, description = "Attempts per learner (needs anonymous false); null: unlimited", examples = "3")
        Integer maxAttempts,
        // Subjects of people: the public reads of a quiz leave them out; its owners read them in the source.
        @JsonIgnore @Schema(hidden = true) List<String> owners) {

    /** The bundled self-study quizzes: full review, anonymous, unlimited, no further owners. */
    public static final QuizSettings SELF_STUDY = new QuizSettings(Review.FULL, true, null);

    /**
     * @param owners the subjects of the authors who own the quiz besides its publisher, in the
     *        author's order; QuizRules checks them, so that a draft may hold any
     */
    public QuizSettings {
        if (maxAttempts != null && (maxAttempts < 1 || anonymous)) {
            throw new IllegalArgumentException("maxAttempts needs anonymous false and a value from 1");
        }
        owners = List.copyOf(owners);
    }

    /** Settings that name no further owner. */
    public QuizSettings(Review review, boolean anonymous, Integer maxAttempts) {
        this(review, anonymous, maxAttempts, List.of());
    }

    @Schema(enumeration = {"full", "correctness", "score"})
    public enum Review {
        FULL, CORRECTNESS, SCORE;

        @JsonValue
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Review of(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
