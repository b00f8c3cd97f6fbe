package dev.quizbank.quiz.format;

import java.time.Instant;
import java.util.List;

import dev.quizbank.quiz.QuizSettings;

/** Settings with every setting away from its default, as the native front matter and JSON state them, for a quiz of 8 questions or more. */
public final class EverySetting {

    public static final QuizSettings SETTINGS = new QuizSettings(
            new QuizSettings.ReviewPhases(QuizSettings.Review.SCORE, QuizSettings.Review.FULL), false, 3, List.of("grace"), 1200, 30,
            true, true, Instant.parse("2026-12-07T09:00:00Z"), Instant.parse("2026-12-14T17:30:00Z"),
            List.of(new QuizSettings.Pool("easy", 2, List.of(1, 2, 3, 4)), new QuizSettings.Pool("hard ones", 1, List.of(8, 6))),
            QuizSettings.GradingMethod.AVERAGE);

    /** The native front matter's lines of {@link #SETTINGS}, as NativeWriter writes them. */
    public static final String FRONT_MATTER = """
            review: score until closed, then full
            anonymous: false
            maxAttempts: 3
            owners: ["grace"]
            timeLimitSeconds: 1200
            graceSeconds: 30
            shuffleQuestions: true
            shuffleChoices: true
            openAt: 2026-12-07T09:00:00Z
            closeAt: 2026-12-14T17:30:00Z
            pool: easy, draw 2 of 1-4
            pool: hard ones, draw 1 of 8, 6
            gradingMethod: average
            """;

    /** The JSON {@code settings} of {@link #SETTINGS}. */
    public static final String JSON = """
            {"review": {"afterSubmit": "score", "afterClose": "full"}, "anonymous": false, "maxAttempts": 3, "owners": ["grace"],
             "timeLimitSeconds": 1200, "graceSeconds": 30, "shuffleQuestions": true, "shuffleChoices": true,
             "openAt": "2026-12-07T09:00:00Z", "closeAt": "2026-12-14T17:30:00Z",
             "pools": [{"name": "easy", "draw": 2, "questions": [1, 2, 3, 4]}, {"name": "hard ones", "draw": 1, "questions": [8, 6]}],
             "gradingMethod": "average"}""";

    private EverySetting() {
    }
}
