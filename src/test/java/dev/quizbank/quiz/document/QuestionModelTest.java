package dev.quizbank.quiz.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.format.SourceFormat;
import dev.quizbank.support.Seed;

class QuestionModelTest {

    private static final List<QuizDocument.Choice> AB = List.of(new QuizDocument.Choice("A", "a"), new QuizDocument.Choice("B", "b"));

    @Test
    void shouldNameTheTypesAndScoringModesAsTheContractDoes() {
        assertThat(Arrays.stream(Question.Type.values()).map(Enum::name))
                .containsExactly("single", "multiple", "trueFalse", "shortText", "numeric", "matching", "ordering");
        assertThat(Arrays.stream(Question.MultipleScoring.values()).map(Enum::name))
                .containsExactly("allOrNothing", "rightMinusWrong", "weighted");
        assertThat(Arrays.stream(Question.MatchingScoring.values()).map(Enum::name)).containsExactly("perPair", "allOrNothing");
        assertThat(Arrays.stream(Question.OrderingScoring.values()).map(Enum::name))
                .containsExactly("allOrNothing", "absolutePosition", "longestOrderedSubset");
        assertThat(Arrays.stream(Question.TextAnswer.Match.values()).map(Enum::name)).containsExactly("exact", "wildcard");
    }

    @Test
    void shouldGiveEachRecordItsType() {
        List<Question> questions = everyType();
        assertThat(questions).extracting(Question::type).containsExactly(Question.Type.values());
    }

    @Test
    void shouldReadTheSeedAsOnePointSingleChoiceQuestionsWorthAWholeMaxScore() {
        QuizDocument seed = SourceFormat.NATIVE.read(Seed.TEXT).document();
        assertThat(seed.questions()).allSatisfy(q -> {
            assertThat(q).isInstanceOf(Question.Single.class);
            assertThat(q.points()).isEqualTo(BigDecimal.ONE);
        });
        assertThat(seed.maxScore().toString()).isEqualTo("25");
    }

    @Test
    void shouldSumDecimalPoints() {
        QuizDocument document = new QuizDocument(1, "T", "", List.of(single(1, BigDecimal.ONE), single(2, new BigDecimal("1.5"))), List.of());
        assertThat(document.maxScore()).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void shouldKeepAChoiceOfTwoComponentsWithoutFractionOrFeedback() {
        QuizDocument.Choice choice = new QuizDocument.Choice("A", "a");
        assertThat(choice.fraction()).isNull();
        assertThat(choice.feedback()).isEmpty();
        assertThat(new QuizDocument.Choice("B", "b", new BigDecimal("-0.5"), null).feedback()).isEmpty();
    }

    @Test
    void shouldKeepTheCorrectKeysInSourceOrderAndImmutable() {
        Set<String> correct = new LinkedHashSet<>(List.of("C", "A"));
        Question.Multiple multiple = new Question.Multiple(1, "t", AB, correct, Question.MultipleScoring.weighted, "", BigDecimal.ONE);
        correct.clear();
        assertThat(multiple.correct()).containsExactly("C", "A");
        assertThatThrownBy(() -> multiple.correct().add("B")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldOrderThePairsByTheStemsAndKeepAPairNamingNoStem() {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("x", "o9");
        pairs.put("s2", "o1");
        pairs.put("s1", "o2");
        Question.Matching matching = new Question.Matching(1, "t",
                List.of(new Question.Item("s1", "one"), new Question.Item("s2", "two")),
                List.of(new Question.Item("o1", "1"), new Question.Item("o2", "2"), new Question.Item("o3", "3")),
                pairs, Question.MatchingScoring.perPair, "", BigDecimal.ONE);
        pairs.clear();
        assertThat(matching.pairs()).containsExactly(Map.entry("s1", "o2"), Map.entry("s2", "o1"), Map.entry("x", "o9"));
        assertThatThrownBy(() -> matching.pairs().put("s3", "o3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldStateAbsentFeedbackAsEmpty() {
        Question.TrueFalse trueFalse = new Question.TrueFalse(1, "t", true, null, "No: it is true.", "", BigDecimal.ONE);
        assertThat(trueFalse.feedbackIfTrue()).isEmpty();
        assertThat(trueFalse.feedbackIfFalse()).isEqualTo("No: it is true.");
        assertThat(new Question.TextAnswer("a", BigDecimal.ONE, Question.TextAnswer.Match.exact, null).feedback()).isEmpty();
        assertThat(new NumericAnswer.Nominal(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, null).feedback()).isEmpty();
        assertThat(new NumericAnswer.Range(BigDecimal.ONE, BigDecimal.TWO, BigDecimal.ONE, null).feedback()).isEmpty();
    }

    @Test
    void shouldLetOnlySingleChoiceQuestionsThroughThePartsThatHandleNoOther() {
        Question single = single(1, BigDecimal.ONE);
        assertThat(UnsupportedQuestionException.requireSingle(single, "grading")).isSameAs(single);
        for (Question other : everyType().subList(1, 7)) {
            assertThatThrownBy(() -> UnsupportedQuestionException.requireSingle(other, "the GIFT writer"))
                    .isInstanceOf(UnsupportedQuestionException.class)
                    .hasMessage("the GIFT writer handles single-choice questions only, but question " + other.number()
                            + " is of type " + other.type());
        }
    }

    static Question.Single single(int number, BigDecimal points) {
        return new Question.Single(number, "t", AB, "A", "", points);
    }

    /** One question of each type, in the order of {@link Question.Type}. */
    static List<Question> everyType() {
        BigDecimal one = BigDecimal.ONE;
        List<Question.Item> items = List.of(new Question.Item("a", "first"), new Question.Item("b", "second"));
        return List.of(
                single(1, one),
                new Question.Multiple(2, "t", AB, Set.of("A"), Question.MultipleScoring.allOrNothing, "", one),
                new Question.TrueFalse(3, "t", false, "", "", "", one),
                new Question.ShortText(4, "t", List.of(new Question.TextAnswer("a*", one, Question.TextAnswer.Match.wildcard, "")),
                        false, "", one),
                new Question.Numeric(5, "t", List.of(new NumericAnswer.Nominal(new BigDecimal("3.14"), new BigDecimal("0.01"), one, ""),
                        new NumericAnswer.Range(one, BigDecimal.TEN, new BigDecimal("0.5"), "")), "", one),
                new Question.Matching(6, "t", items, items, Map.of("a", "b", "b", "a"), Question.MatchingScoring.allOrNothing, "", one),
                new Question.Ordering(7, "t", items, Question.OrderingScoring.longestOrderedSubset, "", one));
    }
}
