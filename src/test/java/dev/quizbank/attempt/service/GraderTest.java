package dev.quizbank.attempt.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.quizbank.attempt.AttemptRequest.Answer;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.format.SourceFormat;
import dev.quizbank.quiz.service.PublishedQuiz;
import dev.quizbank.support.Seed;

class GraderTest {

    private static final PublishedQuiz QUIZ = new PublishedQuiz("chapter-20", 1, SourceFormat.NATIVE.read(Seed.TEXT).document(),
            QuizSettings.SELF_STUDY, Optional.empty());

    /** The first {@code correct} questions answered right, the rest wrong. */
    private static List<Answer> sheetScoring(int correct) {
        List<Answer> answers = new ArrayList<>();
        for (Seed.SeedQuestion q : Seed.QUESTIONS) {
            String wrong = q.correct().equals("A") ? "B" : "A";
            answers.add(new Answer(q.number(), q.number() <= correct ? q.correct() : wrong));
        }
        return answers;
    }

    private static Grader.Grading grading(List<Answer> answers) {
        return Grader.grade(QUIZ, answers, UUID.randomUUID(), Instant.parse("2026-11-23T19:00:00Z"));
    }

    private static AttemptResult grade(List<Answer> answers) {
        return switch (grading(answers)) {
            case Grader.Graded graded -> graded.result();
            case Grader.Unfit unfit -> throw new AssertionError("refused: " + unfit.findings());
        };
    }

    @ParameterizedTest(name = "{0} correct → {1}")
    @CsvSource({"0, Needs Review", "7, Needs Review", "8, Beginning", "12, Beginning", "13, Developing",
            "17, Developing", "18, Proficient", "22, Proficient", "23, Expert", "25, Expert"})
    void shouldPickTheBandThatHoldsTheScore(int correct, String level) {
        AttemptResult result = grade(sheetScoring(correct));
        assertThat(result.score()).isEqualTo(BigDecimal.valueOf(correct));
        assertThat(result.level()).isEqualTo(level);
        assertThat(result.recommendation()).isEqualTo(QUIZ.content().scoringGuide().stream()
                .filter(b -> b.level().equals(level)).findFirst().orElseThrow().recommendation());
        assertThat(result.answered()).isEqualTo(25);
        assertThat(result.maxScore()).isEqualTo(BigDecimal.valueOf(25));
    }

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({"23, 25, 92.0", "25, 25, 100.0", "0, 25, 0.0", "1, 3, 33.3", "2, 3, 66.7", "1, 8, 12.5", "1, 16, 6.3",
            "1, 7, 14.3"})
    void shouldRoundPercentToOneDecimal(int score, int max, double percent) {
        assertThat(Grader.percent(BigDecimal.valueOf(score), BigDecimal.valueOf(max))).isEqualTo(percent);
    }

    @Test
    void shouldGradeChoicesCaseInsensitivelyAndReportThemInUpperCase() {
        AttemptResult result = grade(List.of(new Answer(1, "c"), new Answer(2, "a")));
        assertThat(result.results().get(0)).isEqualTo(new AttemptResult.QuestionResult(1, "C",
                new AttemptResult.Given("C", null, null, null, null, null, null), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                true, "C", null, null, null, null, null, null, null, Seed.QUESTIONS.get(0).explanation()));
        assertThat(result.results().get(1).chosen()).isEqualTo("A");
        assertThat(result.results().get(1).correct()).isFalse();
        assertThat(result.score()).isEqualTo(BigDecimal.ONE);
        assertThat(result.percent()).isEqualTo(4.0);
    }

    @Test
    void shouldCountLeftOutQuestionsAsUnansweredAndIncorrect() {
        AttemptResult result = grade(List.of(new Answer(25, "B")));
        assertThat(result.answered()).isEqualTo(1);
        assertThat(result.score()).isEqualTo(BigDecimal.ONE);
        assertThat(result.results()).hasSize(25);
        assertThat(result.results()).extracting(AttemptResult.QuestionResult::question)
                .containsExactlyElementsOf(Seed.QUESTIONS.stream().map(Seed.SeedQuestion::number).toList());
        AttemptResult.QuestionResult first = result.results().get(0);
        assertThat(first.chosen()).isNull();
        assertThat(first.correct()).isFalse();
        assertThat(first.correctChoice()).isEqualTo("C");
    }

    @Test
    void shouldGradeAnEmptySheetAsZero() {
        AttemptResult result = grade(List.of());
        assertThat(result.score()).isEqualTo(BigDecimal.ZERO);
        assertThat(result.answered()).isZero();
        assertThat(result.percent()).isZero();
        assertThat(result.level()).isEqualTo("Needs Review");
    }

    @Test
    void shouldRenderACompactAttemptAsItWasGraded() {
        java.util.Random random = new java.util.Random(20);
        for (int sheet = 0; sheet < 200; sheet++) {
            List<Answer> answers = new ArrayList<>();
            for (Seed.SeedQuestion q : Seed.QUESTIONS) {
                if (random.nextInt(4) > 0) {
                    answers.add(new Answer(q.number(), String.valueOf((char) ('a' + random.nextInt(4)))));
                }
            }
            UUID id = UUID.randomUUID();
            Instant at = Instant.parse("2026-11-23T19:00:00Z");
            Grader.Graded graded = (Grader.Graded) Grader.grade(QUIZ, answers, id, at);
            CompactResponses.Row compact = Grader.compact(QUIZ, graded.responses());
            assertThat(compact.choices()).hasSize(25);
            assertThat(compact.responses()).isNull();
            assertThat(Grader.resultOf(QUIZ, compact.choices(), null, id, at)).isEqualTo(graded.result());
        }
    }

    @Test
    void shouldNameEveryOffendingEntry() {
        Grader.Grading grading = grading(List.of(new Answer(1, "C"), new Answer(26, "A"),
                new Answer(3, "E"), new Answer(1, "c"), new Answer(0, "A"), new Answer(4, "b")));
        assertThat(grading).isInstanceOf(Grader.Unfit.class);
        List<Grader.Finding> violations = ((Grader.Unfit) grading).findings();
        assertThat(violations).extracting(Grader.Finding::field)
                .containsExactly("answers[1].question", "answers[2].choice", "answers[3].question", "answers[4].question");
        assertThat(violations.get(0).message()).contains("no question 26");
        assertThat(violations.get(1).message()).contains("'E' is not a choice of question 3 (A, B, C, D)");
        assertThat(violations.get(2).message()).contains("question 1 is already answered at answers[0]");
    }

    @Test
    void shouldEarnTheQuestionsPointsForACorrectAnswer() {
        List<QuizDocument.Choice> choices = List.of(new QuizDocument.Choice("A", "a"), new QuizDocument.Choice("B", "b"));
        QuizDocument document = new QuizDocument(1, "T", "", List.of(new Question.Single(1, "t", choices, "A", "", BigDecimal.TWO),
                new Question.Single(2, "t", choices, "B", "")), List.of());
        PublishedQuiz quiz = new PublishedQuiz("points", 1, document, QuizSettings.SELF_STUDY, Optional.empty());
        Grader.Grading grading = Grader.grade(quiz, List.of(new Answer(1, "A"), new Answer(2, "A")), UUID.randomUUID(), Instant.EPOCH);
        assertThat(grading).isInstanceOfSatisfying(Grader.Graded.class, graded -> {
            assertThat(graded.result().score()).isEqualTo(BigDecimal.TWO);
            assertThat(graded.result().maxScore()).isEqualTo(BigDecimal.valueOf(3));
            assertThat(graded.result().percent()).isEqualTo(66.7);
        });
    }
}
