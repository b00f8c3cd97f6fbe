package dev.quizbank.attempt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.quizbank.quiz.QuizSettings;

@Schema(description = "Learners' grades at a quiz by its gradingMethod, one page of learners at a time, in the order of their ids")
public record Grades(
        @Schema(required = true, examples = "midterm") String quizId,
        @Schema(required = true, description = "The quiz's current gradingMethod: highest (the attempt with the highest percent;"
                + " the earliest of equals), average (the mean of every attempt), first, or last (by submittedAt)")
        QuizSettings.GradingMethod gradingMethod,
        @Schema(required = true) List<LearnerGrade> items,
        @Schema(required = true, examples = "0") int page,
        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, description = "How many learners have a graded attempt at the quiz (for a learner: 1 or 0)",
                examples = "1") long total) {

    @Schema(description = "One learner's grade and the attempts it counts")
    public record LearnerGrade(
            @Schema(required = true, description = "The learner (token subject)", examples = "ada") String learner,
            @Schema(required = true) Grade grade,
            @Schema(required = true, description = "How many graded attempts the learner has at the quiz, counted or not", examples = "3")
            int attemptCount,
            @Schema(required = true, description = "The attempts the grade counts: one for highest, first and last; every one, oldest"
                    + " first, for average") List<CountedAttempt> attempts) {
    }

    @Schema(description = "A grade as exact decimals (JSON numbers without trailing zeros). For average: the mean score and the"
            + " mean maxScore (attempts drawn from pools may differ in maxScore), each rounded half-even to 4 places")
    public record Grade(
            @Schema(required = true, examples = "7.5") BigDecimal score,
            @Schema(required = true, examples = "10") BigDecimal maxScore,
            @Schema(required = true, description = "100 × score / maxScore (for average: of the sums), rounded to one decimal",
                    examples = "75.0") double percent) {
    }

    @Schema(description = "A graded attempt a grade counts")
    public record CountedAttempt(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "1") int quizVersion,
            @Schema(required = true, description = "RFC 3339, UTC", examples = "2026-11-23T19:20:30Z") Instant submittedAt,
            @Schema(required = true, examples = "7.5") BigDecimal score,
            @Schema(required = true, description = "The points of the questions the attempt was given", examples = "10")
            BigDecimal maxScore,
            @Schema(required = true, examples = "75.0") double percent) {
    }
}
