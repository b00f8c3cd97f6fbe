package dev.quizbank.attempt.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import dev.quizbank.attempt.grading.GradingCases.Case;
import dev.quizbank.quiz.document.Question;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Scoring} against {@link NaiveScoring}, the table written a second time, on random questions of every
 * type and mode and random responses to them: the same fraction (as a number) and the same points for every
 * pair. Each property also requires that no credit, partial credit (where the mode gives any) and full
 * credit all occur, so that agreement is not agreement on zeros.
 */
class ScoringAgreementTest {

    @Property(tries = 5000)
    void single(@ForAll("randoms") Random random) {
        assertAgreement(GradingCases.single(random), false);
    }

    @Property(tries = 5000)
    void multiple(@ForAll("randoms") Random random, @ForAll Question.MultipleScoring scoring) {
        Statistics.label("scoring").collect(scoring);
        assertAgreement(GradingCases.multiple(random, scoring), scoring != Question.MultipleScoring.allOrNothing);
    }

    @Property(tries = 5000)
    void trueFalse(@ForAll("randoms") Random random) {
        assertAgreement(GradingCases.trueFalse(random), false);
    }

    @Property(tries = 5000)
    void shortText(@ForAll("randoms") Random random) {
        assertAgreement(GradingCases.shortText(random), true);
    }

    @Property(tries = 5000)
    void numeric(@ForAll("randoms") Random random) {
        assertAgreement(GradingCases.numeric(random), true);
    }

    @Property(tries = 5000)
    void matching(@ForAll("randoms") Random random, @ForAll Question.MatchingScoring scoring) {
        Statistics.label("scoring").collect(scoring);
        assertAgreement(GradingCases.matching(random, scoring), scoring == Question.MatchingScoring.perPair);
    }

    @Property(tries = 5000)
    void ordering(@ForAll("randoms") Random random, @ForAll Question.OrderingScoring scoring) {
        Statistics.label("scoring").collect(scoring);
        assertAgreement(GradingCases.ordering(random, scoring), scoring != Question.OrderingScoring.allOrNothing);
    }

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.longs().map(Random::new);
    }

    private static void assertAgreement(Case c, boolean partialCredit) {
        BigDecimal expected = NaiveScoring.fraction(c.question(), c.response());
        BigDecimal actual = Scoring.fraction(c.question(), c.response());
        assertThat(actual).as("fraction of %s", c).isEqualByComparingTo(expected);
        assertThat(Scoring.points(c.question(), actual)).as("points of %s", c)
                .isEqualByComparingTo(NaiveScoring.points(c.question(), expected));
        String credit = expected.signum() == 0 ? "none" : expected.compareTo(BigDecimal.ONE) == 0 ? "full" : "partial";
        Statistics.label("credit").collect(credit);
        Statistics.label("credit").coverage(coverage -> {
            coverage.check("none").percentage(p -> p > 2);
            coverage.check("full").percentage(p -> p > 2);
            if (partialCredit) {
                coverage.check("partial").percentage(p -> p > 2);
            }
        });
    }
}
