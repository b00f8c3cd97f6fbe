package dev.quizbank.statistics;

import static dev.quizbank.statistics.StatisticsAgreementTest.assertAgreement;
import static dev.quizbank.statistics.StatisticsAgreementTest.feed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.quizbank.statistics.Statistics.ChoiceStatistics;
import dev.quizbank.statistics.Statistics.QuestionStatistics;
import dev.quizbank.statistics.Statistics.ReliabilityStatistics;
import dev.quizbank.statistics.Statistics.ScoreCount;

/** The edge cases of docs/statistics.md one by one, with figures worked out by hand where they are short. */
class StatisticsEdgeCaseTest {

    private static final double EXACT = 1e-12;
    /** Three questions with choices A (correct) and B. */
    private static final AnswerKey AB = key(2, 1, 2, 1, 2, 1);

    @Test
    void shouldMatchFiguresWorkedOutByHand() {
        // x patterns 111, 110, 100, 000: scores 3, 2, 1, 0
        List<byte[]> attempts = rows("111", "112", "122", "222");
        Statistics s = feed(AB, attempts);

        assertThat(s.score().mean()).isEqualTo(1.5);
        assertThat(s.score().median()).isEqualTo(1.5);
        assertThat(s.score().sd()).isCloseTo(Math.sqrt(5.0 / 3), within(EXACT));
        assertThat(s.score().skewness()).isCloseTo(0.0, within(EXACT));
        // m2 = 1.25, m4 = 2.5625, g2 = −1.36, G2 = 3/2 · (5 · −1.36 + 6)
        assertThat(s.score().kurtosis()).isCloseTo(-1.2, within(EXACT));
        assertThat(s.score().histogram()).extracting(ScoreCount::count).containsExactly(1L, 1L, 1L, 1L);

        // Σ var(xᵢ) = 1/4 + 1/3 + 1/4, var(T) = 5/3: α = 3/2 · (1 − 1/2)
        ReliabilityStatistics r = s.reliability();
        assertThat(r.cronbachAlpha()).isCloseTo(0.75, within(EXACT));
        assertThat(r.errorRatio()).isCloseTo(0.5, within(EXACT));
        assertThat(r.standardError()).isCloseTo(0.5 * Math.sqrt(5.0 / 3), within(EXACT));
        // printed tables: F(0.975; 3, 6) = 6.599, F(0.025; 3, 6) = 1 / F(0.975; 6, 3) = 1 / 14.73
        assertThat(r.alphaLow()).isCloseTo(1 - 0.25 * 6.599, within(1e-3));
        assertThat(r.alphaHigh()).isCloseTo(1 - 0.25 / 14.73, within(1e-3));

        QuestionStatistics q1 = s.questions().get(0);
        assertThat(q1.facility()).isEqualTo(0.75);
        assertThat(q1.sd()).isCloseTo(0.5, within(EXACT));
        // the Wilson interval of 3 in 4, as printed in Newcombe (1998)
        assertThat(q1.facilityLow()).isCloseTo(0.3006, within(1e-4));
        assertThat(q1.facilityHigh()).isCloseTo(0.9544, within(1e-4));
        // x = 1 1 1 0, y = 2 1 0 0: r = 0.75 / √(0.75 · 2.75); sorted y = 0 0 1 2 pairs the same
        assertThat(q1.discriminationIndex()).isCloseTo(Math.sqrt(3.0 / 11), within(EXACT));
        assertThat(q1.discriminativeEfficiency()).isCloseTo(1.0, within(EXACT));
        assertThat(q1.choices()).extracting(ChoiceStatistics::pointBiserial)
                .satisfiesExactly(a -> assertThat(a).isCloseTo(1.5 / Math.sqrt(3.75), within(EXACT)),
                        b -> assertThat(b).isCloseTo(-1.5 / Math.sqrt(3.75), within(EXACT)));
        assertThat(q1.flags()).isEmpty();
        assertThat(s.questions().get(2).flags()).containsExactly(Flag.TOO_HARD);
        assertAgreement(AB, attempts);
    }

    @Test
    void shouldLeaveEveryFigureUndefinedWithoutAttempts() {
        Statistics s = feed(AB, List.of());

        assertThat(s.attempts()).isZero();
        assertThat(s.score()).hasAllNullFieldsOrPropertiesExcept("histogram");
        assertThat(s.score().histogram()).extracting(ScoreCount::score).containsExactly(0, 1, 2, 3);
        assertThat(s.score().histogram()).extracting(ScoreCount::count).containsOnly(0L);
        assertThat(s.reliability()).hasAllNullFieldsOrProperties();
        for (QuestionStatistics q : s.questions()) {
            assertThat(q).hasAllNullFieldsOrPropertiesExcept("number", "randomGuessScore", "choices", "flags");
            assertThat(q.randomGuessScore()).isEqualTo(0.5);
            assertThat(q.flags()).as("no data, no warnings").isEmpty();
            assertThat(q.choices()).allSatisfy(c -> {
                assertThat(c.count()).isZero();
                assertThat(c.proportion()).isNull();
                assertThat(c.pointBiserial()).isNull();
            });
        }
        assertAgreement(AB, List.of());
    }

    @Test
    void shouldDefineOnlyLocationWithOneAttempt() {
        Statistics s = feed(AB, rows("120"));

        assertThat(s.score().mean()).isEqualTo(1.0);
        assertThat(s.score().median()).isEqualTo(1.0);
        assertThat(s.score().min()).isEqualTo(1);
        assertThat(s.score().max()).isEqualTo(1);
        assertThat(s.score().sd()).isNull();
        assertThat(s.score().skewness()).isNull();
        assertThat(s.reliability()).hasAllNullFieldsOrProperties();
        QuestionStatistics q1 = s.questions().get(0);
        assertThat(q1.facility()).isEqualTo(1.0);
        assertThat(q1.facilityLow()).isNotNull().isBetween(0.0, 1.0);
        assertThat(q1.facilityHigh()).isEqualTo(1.0);
        assertThat(q1.sd()).isNull();
        assertThat(q1.discriminationIndex()).isNull();
        assertThat(q1.discriminativeEfficiency()).isNull();
        assertThat(q1.choices()).extracting(ChoiceStatistics::proportion).containsExactly(1.0, 0.0);
        assertThat(q1.flags()).containsExactly(Flag.TOO_EASY, Flag.DEAD_DISTRACTOR);
        assertAgreement(AB, rows("120"));
    }

    @Test
    void shouldDefineSpreadFromTwoAttemptsSkewnessFromThreeKurtosisFromFour() {
        Statistics two = feed(AB, rows("111", "222"));
        assertThat(two.score().sd()).isCloseTo(Math.sqrt(4.5), within(EXACT));
        assertThat(two.score().median()).isEqualTo(1.5);
        assertThat(two.score().skewness()).isNull();
        assertThat(two.reliability().cronbachAlpha()).isCloseTo(1.0, within(EXACT));

        Statistics three = feed(AB, rows("111", "222", "222"));
        assertThat(three.score().median()).isEqualTo(0.0);
        assertThat(three.score().skewness()).isNotNull().isPositive();
        assertThat(three.score().kurtosis()).isNull();

        Statistics four = feed(AB, rows("111", "222", "222", "122"));
        assertThat(four.score().kurtosis()).isNotNull();
        for (List<byte[]> attempts : List.of(rows("111", "222"), rows("111", "222", "222"),
                rows("111", "222", "222", "122"))) {
            assertAgreement(AB, attempts);
        }
    }

    @Test
    void shouldLeaveScoreCorrelationsUndefinedWhenEveryAttemptHasTheSameScore() {
        List<byte[]> attempts = rows("112", "121", "211", "112");
        Statistics s = feed(AB, attempts);

        assertThat(s.score().sd()).isEqualTo(0.0);
        assertThat(s.score().skewness()).isNull();
        assertThat(s.score().kurtosis()).isNull();
        assertThat(s.reliability()).hasAllNullFieldsOrProperties();
        assertThat(s.questions()).flatExtracting(QuestionStatistics::choices)
                .extracting(ChoiceStatistics::pointBiserial).containsOnlyNulls();
        assertThat(s.questions()).extracting(QuestionStatistics::discriminationIndex)
                .as("y = 2 − x moves against x").containsOnly(-1.0);
        assertAgreement(AB, attempts);
    }

    @Test
    void shouldHandleAQuestionEveryoneGotRight() {
        List<byte[]> attempts = rows("111", "112", "122", "121");
        QuestionStatistics q1 = feed(AB, attempts).questions().get(0);

        assertThat(q1.facility()).isEqualTo(1.0);
        assertThat(q1.facilityHigh()).isEqualTo(1.0);
        assertThat(q1.sd()).isEqualTo(0.0);
        assertThat(q1.discriminationIndex()).isNull();
        assertThat(q1.discriminativeEfficiency()).isNull();
        assertThat(q1.choices().get(0).pointBiserial()).isNull();
        assertThat(q1.flags()).containsExactly(Flag.TOO_EASY, Flag.DEAD_DISTRACTOR);
        assertAgreement(AB, attempts);
    }

    @Test
    void shouldReportAChoiceNobodyChoseAndUnansweredQuestions() {
        AnswerKey key = key(4, 3, 2, 2);
        List<byte[]> attempts = rows("32", "10", "02", "00", "31");
        QuestionStatistics q1 = feed(key, attempts).questions().get(0);

        assertThat(q1.choices()).extracting(ChoiceStatistics::count).containsExactly(1L, 0L, 2L, 0L);
        assertThat(q1.choices()).extracting(ChoiceStatistics::proportion).containsExactly(0.2, 0.0, 0.4, 0.0);
        assertThat(q1.choices().get(1).pointBiserial()).isNull();
        assertThat(q1.facility()).as("unanswered counts as wrong").isEqualTo(0.4);
        assertThat(q1.flags()).contains(Flag.DEAD_DISTRACTOR);
        assertAgreement(key, attempts);
    }

    @Test
    void shouldHandleAQuizOfOneQuestion() {
        AnswerKey key = key(3, 2);
        List<byte[]> attempts = rows("2", "1", "0", "2", "3");
        Statistics s = feed(key, attempts);

        assertThat(s.reliability()).as("alpha needs two questions").hasAllNullFieldsOrProperties();
        QuestionStatistics q = s.questions().get(0);
        assertThat(q.discriminationIndex()).as("y = T − x is always 0").isNull();
        assertThat(q.discriminativeEfficiency()).isNull();
        assertThat(q.choices().get(1).pointBiserial()).as("T is x").isCloseTo(1.0, within(EXACT));
        assertThat(s.score().histogram()).extracting(ScoreCount::count).containsExactly(3L, 2L);
        assertAgreement(key, attempts);
    }

    @Test
    void shouldGiveAlphaOneWithAZeroErrorWhenQuestionsMoveTogether() {
        List<byte[]> attempts = rows("111", "222", "111", "000", "111");
        ReliabilityStatistics r = feed(AB, attempts).reliability();

        assertThat(r.cronbachAlpha()).isEqualTo(1.0);
        assertThat(r.errorRatio()).isEqualTo(0.0);
        assertThat(r.standardError()).isEqualTo(0.0);
        assertThat(r.alphaLow()).isEqualTo(1.0);
        assertThat(r.alphaHigh()).isEqualTo(1.0);
        assertAgreement(AB, attempts);
    }

    @Test
    void shouldRefuseRowsThatDoNotFitTheKeyAndAddNothing() {
        StatisticsAccumulator accumulator = new StatisticsAccumulator(AB);
        accumulator.add(new byte[] {1, 1, 1});

        assertThatThrownBy(() -> accumulator.add(new byte[] {1, 1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accumulator.add(new byte[] {1, 1, 3})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question 3");
        assertThatThrownBy(() -> accumulator.add(new byte[] {1, -1, 1})).isInstanceOf(IllegalArgumentException.class);
        assertThat(accumulator.attempts()).isOne();
        assertThat(accumulator.result()).usingRecursiveComparison().isEqualTo(feed(AB, rows("111")));
    }

    @Test
    void shouldRefuseAKeyThatCannotBeScored() {
        assertThatThrownBy(() -> new AnswerKey(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnswerKey.Item(List.of("A", "B"), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnswerKey.Item(List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A key from pairs (choices, correct index). */
    static AnswerKey key(int... choicesAndCorrect) {
        AnswerKey.Item[] items = new AnswerKey.Item[choicesAndCorrect.length / 2];
        for (int i = 0; i < items.length; i++) {
            String[] keys = new String[choicesAndCorrect[2 * i]];
            Arrays.setAll(keys, c -> String.valueOf((char) ('A' + c)));
            items[i] = new AnswerKey.Item(List.of(keys), choicesAndCorrect[2 * i + 1]);
        }
        return new AnswerKey(List.of(items));
    }

    /** Attempt rows written as digits: "120" chose 1 (A), then 2 (B), then left question 3 unanswered. */
    static List<byte[]> rows(String... rows) {
        return Arrays.stream(rows).map(row -> {
            byte[] bytes = new byte[row.length()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (row.charAt(i) - '0');
            }
            return bytes;
        }).toList();
    }
}
