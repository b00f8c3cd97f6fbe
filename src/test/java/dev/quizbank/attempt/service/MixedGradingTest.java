package dev.quizbank.attempt.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.quizbank.attempt.AttemptRequest.Answer;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.format.SourceFormat;
import dev.quizbank.quiz.service.PublishedQuiz;

/** Grading a sheet for a quiz of every question type: fractions, points, review fields, compact rows and refusals. */
class MixedGradingTest {

    static final PublishedQuiz QUIZ = quiz(QuizSettings.SELF_STUDY);
    private static final Instant AT = Instant.parse("2026-12-07T16:00:00Z");

    static PublishedQuiz quiz(QuizSettings settings) {
        try (InputStream in = MixedGradingTest.class.getResourceAsStream("/question-types/every-type.json")) {
            return new PublishedQuiz("every-type", 1, SourceFormat.JSON.read(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .document(), settings, Optional.empty());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Answer choice(int q, String key) {
        return new Answer(q, key);
    }

    static Answer choices(int q, String... keys) {
        return new Answer(q, null, List.of(keys), null, null, null, null, null);
    }

    static Answer value(int q, boolean value) {
        return new Answer(q, null, null, value, null, null, null, null);
    }

    static Answer text(int q, String text) {
        return new Answer(q, null, null, null, text, null, null, null);
    }

    static Answer number(int q, String number) {
        return new Answer(q, null, null, null, null, number, null, null);
    }

    static Answer pairs(int q, Map<String, String> pairs) {
        return new Answer(q, null, null, null, null, null, pairs, null);
    }

    static Answer order(int q, String... keys) {
        return new Answer(q, null, null, null, null, null, null, List.of(keys));
    }

    /** A sheet that earns something different on every question. */
    static List<Answer> sheet() {
        return List.of(choice(1, "b"), choices(2, "a", "B"), choices(3, "A", "C"), choices(4, "A"), value(5, false),
                text(6, "  paris "), number(7, "3.2"), pairs(8, Map.of("fr", "paris", "de", "rome")), order(9, "cat", "ant", "cow"));
    }

    private static Grader.Grading grading(PublishedQuiz quiz, List<Answer> answers) {
        return Grader.grade(quiz, answers, UUID.randomUUID(), AT);
    }

    @Test
    void shouldGradeEveryTypeAndModeAsTheTableSays() {
        AttemptResult result = ((Grader.Graded) grading(QUIZ, sheet())).result();

        assertThat(result.results()).extracting(r -> r.fraction().toPlainString())
                .containsExactly("1", "1", "0", "0.5", "0", "1", "0.5", "0.5", "0.6667");
        assertThat(result.results()).extracting(r -> r.points().toPlainString())
                .containsExactly("1", "2", "0", "0.75", "0", "1", "0.125", "0.5", "0.6667");
        assertThat(result.results()).extracting(r -> r.maxPoints().toPlainString())
                .containsExactly("1", "2", "1", "1.5", "1", "1", "0.25", "1", "1");
        assertThat(result.results()).extracting(AttemptResult.QuestionResult::correct)
                .containsExactly(true, true, false, false, false, true, false, false, false);
        assertThat(result.score().toPlainString()).isEqualTo("6.0417");
        assertThat(result.maxScore().toPlainString()).isEqualTo("9.75");
        assertThat(result.percent()).isEqualTo(62.0);
        assertThat(result.level()).isEqualTo("Expert");
        assertThat(result.answered()).isEqualTo(9);
    }

    @Test
    void shouldPutADecimalScoreInTheBandWithTheLargestMinimumAtOrBelowIt() {
        assertThat(Grader.band(QUIZ.content(), new BigDecimal("4.9999"))).map(b -> b.level()).contains("Beginner");
        assertThat(Grader.band(QUIZ.content(), new BigDecimal("5"))).map(b -> b.level()).contains("Expert");
        assertThat(Grader.band(QUIZ.content(), new BigDecimal("9.75"))).map(b -> b.level()).contains("Expert");
        assertThat(Grader.band(QUIZ.content(), BigDecimal.ZERO)).map(b -> b.level()).contains("Beginner");
    }

    @Test
    void shouldShowTheCorrectResponseAndFeedbackUnderAFullReview() {
        List<AttemptResult.QuestionResult> results = ((Grader.Graded) grading(QUIZ, sheet())).result().results();

        assertThat(results.get(0).correctChoice()).isEqualTo("B");
        assertThat(results.get(1).correctChoices()).containsExactly("A", "B");
        assertThat(results.get(1).response().choices()).containsExactly("A", "B");
        assertThat(results.get(4).correctValue()).isTrue();
        assertThat(results.get(4).feedback()).containsExactly("It is a star.");
        assertThat(results.get(5).acceptedAnswer()).isEqualTo("Paris");
        assertThat(results.get(5).feedback()).containsExactly("Right.");
        assertThat(results.get(5).response().text()).isEqualTo("  paris ");
        assertThat(results.get(6).correctNumber()).isEqualTo(new AttemptResult.CorrectNumber("3.14", "0.005", null, null));
        assertThat(results.get(6).feedback()).containsExactly("Close.");
        assertThat(results.get(7).correctPairs()).containsExactly(Map.entry("fr", "paris"), Map.entry("de", "berlin"));
        assertThat(results.get(8).correctOrder()).containsExactly("ant", "cat", "cow");
        assertThat(results.get(8).response().order()).containsExactly("cat", "ant", "cow");
        assertThat(results.get(0).feedback()).isNull();
        assertThat(results.get(2).feedback()).isNull();
    }

    @Test
    void shouldHideTheKeyAndFeedbackUnderAReviewOfCorrectness() {
        PublishedQuiz quiz = quiz(new QuizSettings(QuizSettings.Review.CORRECTNESS, true, null, List.of()));

        List<AttemptResult.QuestionResult> results = ((Grader.Graded) grading(quiz, sheet())).result().results();

        assertThat(results).allSatisfy(r -> {
            assertThat(r.correctChoice()).isNull();
            assertThat(r.correctChoices()).isNull();
            assertThat(r.correctValue()).isNull();
            assertThat(r.acceptedAnswer()).isNull();
            assertThat(r.correctNumber()).isNull();
            assertThat(r.correctPairs()).isNull();
            assertThat(r.correctOrder()).isNull();
            assertThat(r.feedback()).isNull();
            assertThat(r.explanation()).isNull();
        });
        assertThat(results).extracting(r -> r.fraction().toPlainString()).contains("0.6667");
    }

    @Test
    void shouldCountEmptyResponsesAsUnanswered() {
        AttemptResult result = ((Grader.Graded) grading(QUIZ, List.of(choices(2), text(6, "   "), number(7, ""),
                pairs(8, Map.of()), order(9)))).result();

        assertThat(result.answered()).isZero();
        assertThat(result.score()).isEqualTo(BigDecimal.ZERO);
        assertThat(result.results()).allSatisfy(r -> assertThat(r.response()).isNull());
    }

    @Test
    void shouldReadACompactMixedRowBackAsItWasGraded() {
        Random random = new Random(24);
        String[] keys = {"A", "B"};
        for (int sheet = 0; sheet < 300; sheet++) {
            List<Answer> answers = new ArrayList<>();
            for (Answer answer : sheet()) {
                if (random.nextInt(3) > 0) {
                    answers.add(answer);
                }
            }
            if (random.nextBoolean()) {
                answers.removeIf(a -> a.question() == 2);
                answers.add(choices(2, keys[random.nextInt(2)], "c"));
            }
            UUID id = UUID.randomUUID();
            Grader.Graded graded = (Grader.Graded) Grader.grade(QUIZ, answers, id, AT);
            CompactResponses.Row row = Grader.compact(QUIZ, graded.responses());

            assertThat(Grader.resultOf(QUIZ, row.choices(), row.responses(), id, AT)).isEqualTo(graded.result());
        }
    }

    @Test
    void shouldKeepAMixedRowSmall() {
        CompactResponses.Row row = Grader.compact(QUIZ, ((Grader.Graded) grading(QUIZ, sheet())).responses());

        // 9 bytes of choices; 1 + 1 + 1 (multiple), 1 (trueFalse), 1 + 8 (text), 1 + 3 (number), 2 (pairs), 3 (order).
        assertThat(row.choices()).hasSize(9);
        assertThat(row.responses()).hasSize(22);
    }

    @Test
    void shouldNameEveryResponseOfTheWrongShape() {
        Grader.Grading grading = grading(QUIZ, List.of(choices(1, "B"), choices(2, "A", "a"), choices(3, "Q"),
                text(5, "true"), new Answer(6, null, null, null, "x", "1", null, null), number(7, "3,14"),
                pairs(8, Map.of("it", "rome")), pairs(8, Map.of("fr", "madrid")), order(9, "ant", "cat"),
                new Answer(4, null, null, null, null, null, null, null)));

        assertThat(((Grader.Unfit) grading).findings()).containsExactly(
                new Grader.Finding("answers[0].choices", "question 1 is a single question: answer it with choice alone, not choices"),
                new Grader.Finding("answers[1].choices[1]", "the choice A is named twice"),
                new Grader.Finding("answers[2].choices[0]", "'Q' is not a choice of question 3 (A, B, C)"),
                new Grader.Finding("answers[3].text", "question 5 is a trueFalse question: answer it with value alone, not text"),
                new Grader.Finding("answers[4].number", "question 6 is a shortText question: answer it with text alone, not number, text"),
                new Grader.Finding("answers[5].number", "'3,14' is not a decimal such as \"3.14\" (at most 15 digits before and after the point)"),
                new Grader.Finding("answers[6].pairs.it", "'it' is not a stem of question 8 (fr, de)"),
                new Grader.Finding("answers[7].question", "question 8 is already answered at answers[6]"),
                new Grader.Finding("answers[7].pairs.fr", "'madrid' is not an option of question 8 (paris, berlin, rome)"),
                new Grader.Finding("answers[8].order", "the order is not a permutation of the items of question 9 (ant, cat, cow): name each once"),
                new Grader.Finding("answers[9].choices", "question 4 is a multiple question: answer it with choices alone"));
    }
}
