package dev.quizbank.attempt.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * The draw and the order of an attempt, from its seed. The seeds are the fixed sequence 0, 1, 2, …, so the
 * chi-square statistics are the same on every run: a test that passes cannot flake.
 */
class AttemptDrawTest {

    private static final int DRAWS = 10_000;

    /** Chi-square quantiles at 0.999: a uniform draw exceeds them once in a thousand seed sequences. */
    private static final double CHI2_999_DF4 = 18.467;
    private static final double CHI2_999_DF5 = 20.515;
    private static final double CHI2_999_DF9 = 27.877;

    private static QuizDocument quiz(int questions) {
        List<Question> list = IntStream.rangeClosed(1, questions).<Question>mapToObj(n -> new Question.Single(n, "Question " + n,
                List.of(new QuizDocument.Choice("A", "a"), new QuizDocument.Choice("B", "b")), "A", "")).toList();
        return new QuizDocument(1, "Draws", "", list, List.of());
    }

    private static QuizSettings settings(boolean shuffleQuestions, List<QuizSettings.Pool> pools) {
        return new QuizSettings(QuizSettings.ReviewPhases.always(QuizSettings.Review.FULL), true, null, List.of(), null, 0,
                shuffleQuestions, false, null, null, pools, QuizSettings.GradingMethod.HIGHEST);
    }

    private static double chiSquare(Map<?, Integer> counts, int categories) {
        double expected = (double) DRAWS / categories;
        assertThat(counts).hasSize(categories);
        return counts.values().stream().mapToDouble(observed -> (observed - expected) * (observed - expected) / expected).sum();
    }

    @Test
    void shouldDrawEverySubsetOfAPoolEquallyOftenAndAskTheOthersAlways() {
        QuizDocument content = quiz(8);
        QuizSettings settings = settings(false, List.of(new QuizSettings.Pool("middle", 2, List.of(2, 3, 4, 5, 6))));
        Map<List<Integer>, Integer> subsets = new HashMap<>();
        Map<Integer, Integer> questions = new HashMap<>();
        for (long seed = 0; seed < DRAWS; seed++) {
            List<Integer> drawn = AttemptDraw.questions(content, settings, seed);
            assertThat(drawn).hasSize(5).contains(1, 7, 8).isSorted();
            List<Integer> fromPool = drawn.stream().filter(n -> n >= 2 && n <= 6).toList();
            subsets.merge(fromPool, 1, Integer::sum);
            fromPool.forEach(n -> questions.merge(n, 1, Integer::sum));
        }
        // C(5, 2) = 10 subsets, each expected 1,000 times; each question 4,000 times.
        assertThat(chiSquare(subsets, 10)).isLessThan(CHI2_999_DF9);
        double expected = DRAWS * 2 / 5.0;
        double perQuestion = questions.values().stream().mapToDouble(o -> (o - expected) * (o - expected) / expected).sum();
        assertThat(questions).hasSize(5);
        assertThat(perQuestion).isLessThan(CHI2_999_DF4);
    }

    @Test
    void shouldShuffleTheQuestionsIntoEveryOrderEquallyOften() {
        QuizDocument content = quiz(3);
        Map<List<Integer>, Integer> orders = new HashMap<>();
        for (long seed = 0; seed < DRAWS; seed++) {
            orders.merge(AttemptDraw.questions(content, settings(true, List.of()), seed), 1, Integer::sum);
        }
        assertThat(chiSquare(orders, 6)).isLessThan(CHI2_999_DF5);
    }

    @Test
    void shouldDrawTheSameForTheSameSeedAndDifferentlyForOthers() {
        QuizDocument content = quiz(20);
        QuizSettings settings = settings(true, List.of(new QuizSettings.Pool("a", 3, List.of(1, 2, 3, 4, 5, 6, 7, 8)),
                new QuizSettings.Pool("b", 2, List.of(9, 10, 11, 12))));
        List<List<Integer>> draws = new ArrayList<>();
        for (long seed : new long[] {-7, 0, 1, 2, 3, Long.MAX_VALUE}) {
            List<Integer> drawn = AttemptDraw.questions(content, settings, seed);
            assertThat(AttemptDraw.questions(content, settings, seed)).isEqualTo(drawn);
            assertThat(drawn).hasSize(3 + 2 + 8).doesNotHaveDuplicates().contains(13, 14, 15, 16, 17, 18, 19, 20);
            assertThat(drawn.stream().filter(n -> n <= 8)).hasSize(3);
            draws.add(drawn);
        }
        assertThat(draws).doesNotHaveDuplicates();
    }

    /** A stored seed must give the same attempt on every JDK and after every release: this pins the algorithm. */
    @Test
    void shouldKeepTheDrawOfAStoredSeed() {
        QuizDocument content = quiz(10);
        QuizSettings settings = settings(true, List.of(new QuizSettings.Pool("p", 2, List.of(1, 2, 3, 4, 5))));
        assertThat(AttemptDraw.questions(content, settings, 42)).isEqualTo(List.of(7, 5, 8, 9, 10, 6, 2));
    }

    @Test
    void shouldGiveWhatAPoolHoldsWhenItDrawsMoreAndIgnoreNumbersTheQuizHasNot() {
        QuizDocument content = quiz(4);
        QuizSettings settings = settings(false, List.of(new QuizSettings.Pool("big", 9, List.of(1, 2, 2, 99)),
                new QuizSettings.Pool("again", 1, List.of(2, 3))));
        // Question 2 belongs to the first pool that names it; the second pool holds 3 alone.
        assertThat(AttemptDraw.questions(content, settings, 5)).isEqualTo(List.of(1, 2, 3, 4));
    }
}
