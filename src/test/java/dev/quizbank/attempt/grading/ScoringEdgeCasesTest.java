package dev.quizbank.attempt.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.Question.MatchingScoring;
import dev.quizbank.quiz.document.Question.MultipleScoring;
import dev.quizbank.quiz.document.Question.OrderingScoring;
import dev.quizbank.quiz.document.Question.TextAnswer.Match;
import dev.quizbank.quiz.document.QuizDocument;

/** The edge cases of the grading table by name, each with the fraction it must earn written out. */
class ScoringEdgeCasesTest {

    @Test
    void weightedSumBelowZeroIsClampedToZero() {
        Question question = weighted("0.5", "-0.75", "-0.5");
        assertFraction(question, choices("A", "B"), "0");
        assertFraction(question, choices("B", "C"), "0");
    }

    @Test
    void weightedSumOverOneIsClampedToOne() {
        Question question = weighted("0.75", "0.5", "-0.25");
        assertFraction(question, choices("A", "B"), "1");
        assertFraction(question, choices("A", "B", "C"), "1");
        assertFraction(question, choices("B", "C"), "0.25");
    }

    @Test
    void weightedChoiceStatingNoFractionAddsNothing() {
        Question question = new Question.Multiple(1, "Q", List.of(new QuizDocument.Choice("A", "a", new BigDecimal("0.5"), ""),
                new QuizDocument.Choice("B", "b")), new LinkedHashSet<>(List.of("A")), MultipleScoring.weighted, "", BigDecimal.ONE);
        assertFraction(question, choices("A", "B"), "0.5");
        assertFraction(question, choices("B"), "0");
    }

    @Test
    void shortTextAnswerWithNegativeFractionEarnsZero() {
        Question question = shortText(false, answer("Lyon", "-0.5", Match.exact), answer("*", "0.1", Match.wildcard));
        assertFraction(question, new Response.Text("lyon"), "0");
        assertFraction(question, new Response.Text("Paris"), "0.1");
    }

    @Test
    void numericAnswerWithNegativeFractionEarnsZero() {
        Question question = numeric(new NumericAnswer.Nominal(new BigDecimal("3.14"), new BigDecimal("0.01"), new BigDecimal("-1"), ""),
                new NumericAnswer.Range(BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("0.5"), ""));
        assertFraction(question, number("3.145"), "0");
        assertFraction(question, number("3.2"), "0.5");
    }

    @Test
    void emptyOrAbsentResponsesEarnZeroForEveryType() {
        Question single = new Question.Single(1, "Q", List.of(new QuizDocument.Choice("A", "a")), "A", "");
        Question trueFalse = new Question.TrueFalse(1, "Q", false, "", "", "", BigDecimal.ONE);
        Question acceptsAnything = shortText(false, answer("*", "1", Match.wildcard));
        Question anyNumber = numeric(new NumericAnswer.Range(new BigDecimal("-1E9"), new BigDecimal("1E9"), BigDecimal.ONE, ""));
        List<Question> all = List.of(single, multiple(MultipleScoring.weighted, "A"), multiple(MultipleScoring.rightMinusWrong, "A"),
                multiple(MultipleScoring.allOrNothing, "A"), trueFalse, acceptsAnything, anyNumber,
                matching(MatchingScoring.perPair), matching(MatchingScoring.allOrNothing),
                ordering(OrderingScoring.allOrNothing, "A", "B"), ordering(OrderingScoring.absolutePosition, "A", "B"),
                ordering(OrderingScoring.longestOrderedSubset, "A", "B"));
        for (Question question : all) {
            assertFraction(question, null, "0");
        }
        for (MultipleScoring scoring : MultipleScoring.values()) {
            assertFraction(multiple(scoring, "A"), choices(), "0");
        }
        assertFraction(acceptsAnything, new Response.Text(""), "0");
        assertFraction(acceptsAnything, new Response.Text(" \t\u00A0\u3000\n"), "0");
        assertFraction(matching(MatchingScoring.perPair), new Response.Pairs(Map.of()), "0");
        for (OrderingScoring scoring : OrderingScoring.values()) {
            assertFraction(ordering(scoring, "A", "B"), new Response.Order(List.of()), "0");
        }
    }

    @Test
    void duplicateKeysInChoicesCountOnce() {
        assertFraction(multiple(MultipleScoring.rightMinusWrong, "A", "C"), choices("A", "A"), "0.5");
        assertFraction(multiple(MultipleScoring.rightMinusWrong, "A", "C"), choices("A", "B", "B", "C"), "0.5");
        assertFraction(multiple(MultipleScoring.allOrNothing, "A", "C"), choices("C", "A", "C"), "1");
        assertFraction(weighted("0.5", "0", "0"), choices("A", "A", "A"), "0.5");
        assertFraction(weighted("0.5", "0", "0"), choices("A", "a"), "0.5");
    }

    @Test
    void choiceKeysMatchWhateverTheirCase() {
        assertFraction(new Question.Single(1, "Q", List.of(new QuizDocument.Choice("A", "a"), new QuizDocument.Choice("B", "b")), "B", ""),
                new Response.Choice("b"), "1");
        assertFraction(multiple(MultipleScoring.allOrNothing, "A", "C"), choices("a", "c"), "1");
    }

    @Test
    void rightMinusWrongBelowZeroIsZero() {
        Question question = multiple(MultipleScoring.rightMinusWrong, "A");
        assertFraction(question, choices("B", "C"), "0");
        assertFraction(question, choices("A", "B"), "0");
        assertFraction(multiple(MultipleScoring.rightMinusWrong, "A", "B"), choices("A", "B", "C"), "0.5");
    }

    @Test
    void allOrNothingRefusesASupersetAndASubset() {
        Question question = multiple(MultipleScoring.allOrNothing, "A", "C");
        assertFraction(question, choices("A", "B", "C"), "0");
        assertFraction(question, choices("A"), "0");
        assertFraction(question, choices("C", "A"), "1");
    }

    @Test
    void wildcardStarIsAnyRunAndEscapedStarALiteralStar() {
        Question question = shortText(true, answer("col*r", "1", Match.wildcard));
        assertFraction(question, new Response.Text("colr"), "1");
        assertFraction(question, new Response.Text("colour"), "1");
        assertFraction(question, new Response.Text("colours"), "0");
        Question star = shortText(true, answer("a\\*b", "1", Match.wildcard));
        assertFraction(star, new Response.Text("a*b"), "1");
        assertFraction(star, new Response.Text("axb"), "0");
        assertFraction(star, new Response.Text("a\\*b"), "0");
        Question backslashThenStar = shortText(true, answer("C:\\\\*", "1", Match.wildcard));
        assertFraction(backslashThenStar, new Response.Text("C:\\*"), "1");
        assertFraction(backslashThenStar, new Response.Text("C:\\x"), "0");
    }

    @Test
    void regexMetacharactersStandForThemselves() {
        Question wildcard = shortText(true, answer("(x+y)^2 = *", "1", Match.wildcard));
        assertFraction(wildcard, new Response.Text("(x+y)^2 = x^2 + 2xy + y^2"), "1");
        assertFraction(wildcard, new Response.Text("xx+y)^2 = 1"), "0");
        Question dotStar = shortText(true, answer(".*", "1", Match.wildcard));
        assertFraction(dotStar, new Response.Text(".txt"), "1");
        assertFraction(dotStar, new Response.Text("txt"), "0");
        Question exact = shortText(true, answer("[a-z]+ | {1,2}? $\\d.", "1", Match.exact));
        assertFraction(exact, new Response.Text("[a-z]+ | {1,2}? $\\d."), "1");
        assertFraction(exact, new Response.Text("b | 11 $5x"), "0");
        Question exactStar = shortText(true, answer("a*", "1", Match.exact));
        assertFraction(exactStar, new Response.Text("a*"), "1");
        assertFraction(exactStar, new Response.Text("ab"), "0");
    }

    @Test
    void toleranceZeroAcceptsTheValueAloneWhateverItsScale() {
        Question question = numeric(new NumericAnswer.Nominal(new BigDecimal("3.14"), BigDecimal.ZERO, BigDecimal.ONE, ""));
        assertFraction(question, number("3.14"), "1");
        assertFraction(question, number("3.140"), "1");
        assertFraction(question, number("314E-2"), "1");
        assertFraction(question, number("3.1400001"), "0");
        assertFraction(question, number("3.1399999"), "0");
    }

    @Test
    void numericBoundariesAreInclusive() {
        Question nominal = numeric(new NumericAnswer.Nominal(BigDecimal.TEN, new BigDecimal("0.5"), BigDecimal.ONE, ""));
        assertFraction(nominal, number("9.5"), "1");
        assertFraction(nominal, number("10.50"), "1");
        assertFraction(nominal, number("9.49999"), "0");
        assertFraction(nominal, number("10.50001"), "0");
        Question range = numeric(new NumericAnswer.Range(BigDecimal.ONE, new BigDecimal("5"), BigDecimal.ONE, ""));
        assertFraction(range, number("1"), "1");
        assertFraction(range, number("5.000"), "1");
        assertFraction(range, number("0.9999"), "0");
        assertFraction(range, number("5.0001"), "0");
    }

    @Test
    void firstNumericAnswerHoldingTheResponseGradesIt() {
        Question question = numeric(new NumericAnswer.Range(BigDecimal.ONE, new BigDecimal("5"), new BigDecimal("0.5"), ""),
                new NumericAnswer.Nominal(new BigDecimal("3"), BigDecimal.ZERO, BigDecimal.ONE, ""));
        assertFraction(question, number("3"), "0.5");
    }

    @Test
    void composedAndDecomposedAccentsMatch() {
        String composed = "caf\u00E9";
        String decomposed = "cafe\u0301";
        assertFraction(shortText(true, answer(composed, "1", Match.exact)), new Response.Text(decomposed), "1");
        assertFraction(shortText(true, answer(decomposed, "1", Match.exact)), new Response.Text(composed), "1");
        assertFraction(shortText(true, answer("caf*", "1", Match.wildcard)), new Response.Text(decomposed), "1");
        assertFraction(shortText(true, answer("\u00C5ngstr\u00F6m", "1", Match.exact)), new Response.Text("\u212Bngstro\u0308m"), "1");
    }

    @Test
    void caseSensitivityOnAndOff() {
        assertFraction(shortText(false, answer("Paris", "1", Match.exact)), new Response.Text("PARIS"), "1");
        assertFraction(shortText(true, answer("Paris", "1", Match.exact)), new Response.Text("PARIS"), "0");
        assertFraction(shortText(false, answer("\u00C9cole", "1", Match.exact)), new Response.Text("e\u0301COLE"), "1");
        assertFraction(shortText(true, answer("\u00C9cole", "1", Match.exact)), new Response.Text("\u00E9cole"), "0");
        assertFraction(shortText(false, answer("\u039F\u0394\u039F\u03A3", "1", Match.exact)), new Response.Text("\u03BF\u03B4\u03BF\u03C2"), "1");
        assertFraction(shortText(false, answer("P*S", "1", Match.wildcard)), new Response.Text("paris"), "1");
        assertFraction(shortText(true, answer("P*S", "1", Match.wildcard)), new Response.Text("paris"), "0");
    }

    /** Simple case folding, one code point for one: ß folds with ẞ but not with SS, which changes the length. */
    @Test
    void caseInsensitiveIsSimpleCaseFoldingSoSharpSIsNotDoubleS() {
        Question question = shortText(false, answer("Stra\u00DFe", "1", Match.exact));
        assertFraction(question, new Response.Text("STRASSE"), "0");
        assertFraction(question, new Response.Text("STRA\u1E9EE"), "1");
        assertFraction(question, new Response.Text("stra\u00DFe"), "1");
    }

    @Test
    void whitespaceIsTrimmedAndInnerRunsAreOneSpace() {
        Question question = shortText(true, answer(" New  York ", "1", Match.exact));
        assertFraction(question, new Response.Text("\u00A0New\t\u3000York\n"), "1");
        assertFraction(question, new Response.Text("NewYork"), "0");
        assertFraction(question, new Response.Text("New\u200BYork"), "0");
    }

    @Test
    void firstTextAnswerThatMatchesGradesIt() {
        Question question = shortText(false, answer("*", "0.25", Match.wildcard), answer("Paris", "1", Match.exact));
        assertFraction(question, new Response.Text("Paris"), "0.25");
    }

    @Test
    void orderingOfTwoItems() {
        assertFraction(ordering(OrderingScoring.longestOrderedSubset, "A", "B"), order("A", "B"), "1");
        assertFraction(ordering(OrderingScoring.longestOrderedSubset, "A", "B"), order("B", "A"), "0");
        assertFraction(ordering(OrderingScoring.absolutePosition, "A", "B"), order("B", "A"), "0");
        assertFraction(ordering(OrderingScoring.allOrNothing, "A", "B"), order("B", "A"), "0");
        assertFraction(ordering(OrderingScoring.allOrNothing, "A", "B"), order("A", "B"), "1");
    }

    @Test
    void longestOrderedSubsetNeedsTwoItemsInOrder() {
        assertFraction(ordering(OrderingScoring.longestOrderedSubset, "A", "B", "C"), order("C", "B", "A"), "0");
        assertFraction(ordering(OrderingScoring.longestOrderedSubset, "A", "B", "C"), order("B", "A", "C"), "0.6667");
        assertFraction(ordering(OrderingScoring.longestOrderedSubset, "A", "B", "C", "D", "E"), order("B", "C", "D", "E", "A"), "0.8");
        assertFraction(ordering(OrderingScoring.absolutePosition, "A", "B", "C", "D", "E"), order("B", "C", "D", "E", "A"), "0");
        assertFraction(ordering(OrderingScoring.absolutePosition, "A", "B", "C", "D"), order("A", "C", "B", "D"), "0.5");
    }

    @Test
    void stemMatchedToADistractorIsWrong() {
        Question perPair = matching(MatchingScoring.perPair);
        assertFraction(perPair, pairs("s1", "o1", "s2", "o4", "s3", "o1"), "0.6667");
        assertFraction(perPair, pairs("s1", "o5", "s2", "o4", "s3", "o5"), "0");
        assertFraction(perPair, pairs("s1", "o1", "s2", "o2"), "0.6667");
        assertFraction(perPair, pairs("s1", "o1", "s2", "o2", "s3", "o1"), "1");
        Question allOrNothing = matching(MatchingScoring.allOrNothing);
        assertFraction(allOrNothing, pairs("s1", "o1", "s2", "o4", "s3", "o1"), "0");
        assertFraction(allOrNothing, pairs("s1", "o1", "s2", "o2"), "0");
        assertFraction(allOrNothing, pairs("s1", "o1", "s2", "o2", "s3", "o1"), "1");
    }

    @Test
    void matchingKeysAreExact() {
        assertFraction(matching(MatchingScoring.perPair), pairs("s1", "O1", "s2", "o2", "s3", "o1"), "0.6667");
    }

    @Test
    void fractionsAreRoundedOnceHalfEvenToFourPlaces() {
        assertFraction(weighted("0.00005"), choices("A"), "0.0000");
        assertFraction(weighted("0.00015"), choices("A"), "0.0002");
        assertFraction(weighted("0.33335"), choices("A"), "0.3334");
        assertFraction(weighted("0.33345"), choices("A"), "0.3334");
        assertFraction(weighted("0.33344", "0.00001"), choices("A", "B"), "0.3334");
        assertFraction(weighted("0.33344", "0.00002"), choices("A", "B"), "0.3335");
        String[] thirtyTwo = keys(32);
        assertFraction(multiple(MultipleScoring.rightMinusWrong, thirtyTwo), choices("K00"), "0.0312");
        assertFraction(multiple(MultipleScoring.rightMinusWrong, thirtyTwo), choices("K00", "K01", "K02"), "0.0938");
        assertFraction(multiple(MultipleScoring.rightMinusWrong, "A", "B", "C", "D", "E", "F", "G", "H"), choices("A"), "0.125");
    }

    @Test
    void pointsAreTheRoundedFractionTimesThePointsExactly() {
        Question question = new Question.Matching(1, "Q", items("s1", "s2", "s3"), items("o1", "o2", "o3"),
                Map.of("s1", "o1", "s2", "o2", "s3", "o3"), MatchingScoring.perPair, "", new BigDecimal("2.5"));
        BigDecimal fraction = Scoring.fraction(question, pairs("s1", "o1", "s2", "o3", "s3", "o2"));
        assertThat(fraction).isEqualTo(new BigDecimal("0.3333"));
        assertThat(Scoring.points(question, fraction)).isEqualByComparingTo("0.83325");
        assertThat(Scoring.points(weightedWorth("0.25", "1"), Scoring.fraction(weightedWorth("0.25", "1"), choices("A"))))
                .isEqualByComparingTo("0.25");
    }

    private static void assertFraction(Question question, Response response, String expected) {
        BigDecimal fraction = Scoring.fraction(question, response);
        assertThat(fraction).as("%s for %s", response, question).isEqualByComparingTo(expected);
        assertThat(fraction.scale()).as("scale of %s", fraction).isEqualTo(Scoring.FRACTION_SCALE);
    }

    /** A weighted multiple with choices A, B, C… carrying these fractions; A is the one correct key. */
    private static Question weighted(String... fractions) {
        return weightedWorth("1", fractions);
    }

    private static Question weightedWorth(String points, String... fractions) {
        List<QuizDocument.Choice> choices = new ArrayList<>();
        for (int i = 0; i < fractions.length; i++) {
            String key = String.valueOf((char) ('A' + i));
            choices.add(new QuizDocument.Choice(key, key, new BigDecimal(fractions[i]), ""));
        }
        return new Question.Multiple(1, "Q", choices, new LinkedHashSet<>(List.of("A")), MultipleScoring.weighted, "",
                new BigDecimal(points));
    }

    /** A multiple whose choices are the correct keys, then whichever of A–D is not among them; no fractions. */
    private static Question multiple(MultipleScoring scoring, String... correct) {
        List<QuizDocument.Choice> choices = new ArrayList<>();
        for (String key : correct) {
            choices.add(new QuizDocument.Choice(key, key));
        }
        for (String key : List.of("A", "B", "C", "D")) {
            if (!Arrays.asList(correct).contains(key)) {
                choices.add(new QuizDocument.Choice(key, key));
            }
        }
        return new Question.Multiple(1, "Q", choices, new LinkedHashSet<>(List.of(correct)), scoring, "", BigDecimal.ONE);
    }

    private static String[] keys(int count) {
        String[] keys = new String[count];
        for (int i = 0; i < count; i++) {
            keys[i] = "K%02d".formatted(i);
        }
        return keys;
    }

    private static Question.TextAnswer answer(String text, String fraction, Match match) {
        return new Question.TextAnswer(text, new BigDecimal(fraction), match, "");
    }

    private static Question shortText(boolean caseSensitive, Question.TextAnswer... answers) {
        return new Question.ShortText(1, "Q", List.of(answers), caseSensitive, "", BigDecimal.ONE);
    }

    private static Question numeric(NumericAnswer... answers) {
        return new Question.Numeric(1, "Q", List.of(answers), "", BigDecimal.ONE);
    }

    /** Stems s1..s3 paired with o1, o2 and o1 again; o3..o5 are distractors. */
    private static Question matching(MatchingScoring scoring) {
        return new Question.Matching(1, "Q", items("s1", "s2", "s3"), items("o1", "o2", "o3", "o4", "o5"),
                Map.of("s1", "o1", "s2", "o2", "s3", "o1"), scoring, "", BigDecimal.ONE);
    }

    private static Question ordering(OrderingScoring scoring, String... keys) {
        return new Question.Ordering(1, "Q", items(keys), scoring, "", BigDecimal.ONE);
    }

    private static List<Question.Item> items(String... keys) {
        return Arrays.stream(keys).map(key -> new Question.Item(key, "text of " + key)).toList();
    }

    private static Response choices(String... keys) {
        return new Response.Choices(List.of(keys));
    }

    private static Response number(String number) {
        return new Response.Number(new BigDecimal(number));
    }

    private static Response order(String... keys) {
        return new Response.Order(List.of(keys));
    }

    private static Response pairs(String... stemThenOption) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < stemThenOption.length; i += 2) {
            pairs.put(stemThenOption[i], stemThenOption[i + 1]);
        }
        return new Response.Pairs(pairs);
    }
}
