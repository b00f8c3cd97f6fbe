package dev.quizbank.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The author's settings of a quiz version: what an attempt reveals, who may attempt it, when and how
 * often, how an attempt is timed, shuffled and drawn, which attempt counts, and which further authors
 * own it besides its publisher.
 */
@Schema(description = "What a graded attempt shows, who may attempt the quiz, when and how often, and how an attempt is delivered")
public record QuizSettings(
        @Schema(required = true, ref = "ReviewSetting") ReviewPhases review,
        @Schema(required = true, description = "true: anyone may attempt; false: only a signed-in learner") boolean anonymous,
        @Schema(required = true, nullable = true, description = "Attempts per learner (needs anonymous false); null: unlimited", examples = "3")
        Integer maxAttempts,
        // Subjects of people: the public reads of a quiz leave them out; its owners read them in the source.
        @JsonIgnore @Schema(hidden = true) List<String> owners,
        @Schema(required = true, nullable = true, description = "Seconds from the start of an attempt to its deadline; null: untimed", examples = "1200")
        Integer timeLimitSeconds,
        @Schema(required = true, description = "Seconds after the deadline during which saves and the submit are still taken", examples = "30")
        int graceSeconds,
        @Schema(required = true, description = "Each attempt gets the questions in an order of its own") boolean shuffleQuestions,
        @Schema(required = true, description = "Each attempt gets the choices of single- and multiple-choice questions in an order of its own")
        boolean shuffleChoices,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time", description = "No attempt starts before this instant; null: always open")
        Instant openAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time", description = "No attempt starts after this instant, and review afterClose applies from it; null: never closes")
        Instant closeAt,
        @Schema(required = true, description = "Each attempt gets draw questions picked at random from each pool; questions in no pool are always asked")
        List<Pool> pools,
        @Schema(required = true, description = "Which of a learner's graded attempts make the grade") GradingMethod gradingMethod) {

    /** The bundled self-study quizzes: full review, anonymous, unlimited, untimed, no further owners. */
    public static final QuizSettings SELF_STUDY = new QuizSettings(Review.FULL, true, null);

    /**
     * @param owners the subjects of the authors who own the quiz besides its publisher, in the
     *        author's order; QuizRules checks them, so that a draft may hold any
     */
    public QuizSettings {
        if (maxAttempts != null && (maxAttempts < 1 || anonymous)) {
            throw new IllegalArgumentException("maxAttempts needs anonymous false and a value from 1");
        }
        if (timeLimitSeconds != null && timeLimitSeconds < 1 || graceSeconds < 0) {
            throw new IllegalArgumentException("timeLimitSeconds is from 1 and graceSeconds from 0");
        }
        if (openAt != null && closeAt != null && !openAt.isBefore(closeAt)) {
            throw new IllegalArgumentException("openAt comes before closeAt");
        }
        owners = List.copyOf(owners);
        pools = List.copyOf(pools);
    }

    /** Settings that name no further owner and deliver every attempt untimed, whole and in order. */
    public QuizSettings(Review review, boolean anonymous, Integer maxAttempts) {
        this(review, anonymous, maxAttempts, List.of());
    }

    /** Settings that deliver every attempt untimed, whole and in order. */
    public QuizSettings(Review review, boolean anonymous, Integer maxAttempts, List<String> owners) {
        this(ReviewPhases.always(review), anonymous, maxAttempts, owners, null, 0, false, false, null, null, List.of(),
                GradingMethod.HIGHEST);
    }

    /** Whether an attempt must be started before it is answered: it is timed, shuffled or drawn, so the one-shot sheet cannot hold it. */
    @JsonIgnore
    public boolean startRequired() {
        return timeLimitSeconds != null || shuffleQuestions || shuffleChoices || !pools.isEmpty();
    }

    /** What a graded attempt shows right after it is submitted, and once the quiz has closed; its schema is ReviewSetting in META-INF/openapi.yaml. */
    public record ReviewPhases(Review afterSubmit, Review afterClose) {

        public static ReviewPhases always(Review review) {
            return new ReviewPhases(review, review);
        }

        /** The string form where both phases agree, so that a quiz without phases reads as before. */
        @JsonValue
        public Object json() {
            return afterSubmit == afterClose ? afterSubmit : new Phases(afterSubmit, afterClose);
        }

        /** The review of the phase that holds at {@code now}. */
        public Review at(Instant now, Instant closeAt) {
            return closeAt != null && !now.isBefore(closeAt) ? afterClose : afterSubmit;
        }

        private record Phases(Review afterSubmit, Review afterClose) {
        }
    }

    @Schema(description = "Questions of which each attempt gets draw, picked at random")
    public record Pool(
            @Schema(required = true, examples = "easy") String name,
            @Schema(required = true, minimum = "1", examples = "5") int draw,
            @Schema(required = true, description = "Numbers of the pool's questions") List<Integer> questions) {

        public Pool {
            questions = List.copyOf(questions);
        }
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

    @Schema(enumeration = {"highest", "average", "first", "last"})
    public enum GradingMethod {
        HIGHEST, AVERAGE, FIRST, LAST;

        @JsonValue
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static GradingMethod of(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
