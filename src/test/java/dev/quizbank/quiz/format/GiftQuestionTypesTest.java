package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.Question.Item;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.QuizDocument.Choice;

/** Every GIFT type reads as Moodle's importer reads it, writes back to the same questions, or is refused naming the question. */
class GiftQuestionTypesTest {

    private static final String EVERY_TYPE = resource("/question-types-formats/every-type.gift");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void shouldReadEveryTypeAsMoodleDoes() {
        ParsedSource parsed = GiftReader.read(EVERY_TYPE);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.draft().document().questions()).containsExactly(
                new Question.Multiple(1, "Which of these are prime?", List.of(new Choice("A", "2", HALF, "The only even prime."),
                        new Choice("B", "3", HALF, ""), new Choice("C", "4", new BigDecimal("-1"), "4 = 2 × 2")),
                        new LinkedHashSet<>(List.of("A", "B")), Question.MultipleScoring.weighted, "A prime has exactly two divisors.",
                        BigDecimal.ONE),
                new Question.TrueFalse(2, "The sun is a star.", true, "Yes.", "No: it is a star.", null, BigDecimal.ONE),
                new Question.TrueFalse(3, "The moon is a star.", false, "", "", null, BigDecimal.ONE),
                new Question.ShortText(4, "The capital of *France*?", List.of(
                        new Question.TextAnswer("Paris", BigDecimal.ONE, Question.TextAnswer.Match.exact, ""),
                        new Question.TextAnswer("Par*s", HALF, Question.TextAnswer.Match.wildcard, "Close."),
                        new Question.TextAnswer("Lutetia*", BigDecimal.ONE, Question.TextAnswer.Match.exact, "")),
                        false, null, BigDecimal.ONE),
                new Question.Numeric(5, "What is π to two places?", List.of(
                        new NumericAnswer.Nominal(new BigDecimal("3.14"), new BigDecimal("0.01"), BigDecimal.ONE, ""),
                        new NumericAnswer.Nominal(new BigDecimal("3"), new BigDecimal("1"), HALF, "Roughly."),
                        new NumericAnswer.Range(new BigDecimal("-3.5"), new BigDecimal("-2.5"), new BigDecimal("-0.3333333"), "")),
                        null, BigDecimal.ONE),
                new Question.Numeric(6, "In which year was HTTP/1.1 published?", List.of(
                        new NumericAnswer.Nominal(new BigDecimal("1997"), BigDecimal.ZERO, BigDecimal.ONE, "")), null, BigDecimal.ONE),
                new Question.Matching(7, "Match each capital to its country.",
                        List.of(new Item("s1", "Paris"), new Item("s2", "Rome"), new Item("s3", "Lyon")),
                        List.of(new Item("o1", "France"), new Item("o2", "Italy"), new Item("o3", "Spain")),
                        pairs("s1", "o1", "s2", "o2", "s3", "o1"), Question.MatchingScoring.perPair, null, BigDecimal.ONE));
        assertThat(parsed.places().of("questions[0].choices[2]")).isEqualTo("line 7");
        assertThat(parsed.places().of("questions[6].stems[2]")).isEqualTo("line 24");
    }

    @Test
    void shouldWriteEveryTypeBackToTheSameQuestions() throws IOException {
        QuizSource read = GiftReader.read(EVERY_TYPE).draft();
        List<Question> withExplanations = read.document().questions().stream().map(GiftQuestionTypesTest::explained).toList();
        QuizSource quiz = new QuizSource(null, null, new QuizDocument(0, "Every type", "", withExplanations, List.of()));

        String written = GiftWriter.write(quiz);
        ParsedSource again = GiftReader.read(written);

        assertThat(again.problems()).isEmpty();
        assertThat(again.draft().document().questions()).isEqualTo(withExplanations);
        assertThat(GiftWriter.write(again.draft())).isEqualTo(written);
        // The fixture that scripts/check-exports.sh --gift-only reads with gift-pegjs is this export, byte for byte.
        assertThat(written).isEqualTo(Files.readString(Path.of("scripts/check-exports/fixtures/gift-types/quiz.gift")));
        assertThat(written).contains("\t~%50%2 #The only even prime.\n", "\tTRUE#No\\: it is a star.#Yes.\n", "\t=Lutetia\\\\*\n",
                "\t=%-33.33333%-3.5..-2.5\n", "\t=Lyon -> France\n", "\t= -> Spain\n");
    }

    static Stream<Arguments> notExpressible() {
        List<Choice> weighted = List.of(new Choice("A", "a", HALF, ""), new Choice("B", "b", HALF, ""));
        Map<String, String> pairs = pairs("s1", "o1", "s2", "o2");
        List<Item> stems = List.of(new Item("s1", "a"), new Item("s2", "b"));
        List<Item> options = List.of(new Item("o1", "x"), new Item("o2", "y"));
        return Stream.of(
                Arguments.of(new Question.Ordering(1, "Order", stems, Question.OrderingScoring.allOrNothing, "e", BigDecimal.ONE),
                        "GIFT has no ordering question"),
                Arguments.of(new Question.Single(1, "T", List.of(new Choice("A", "a"), new Choice("B", "b")), "A", "e",
                        new BigDecimal("2")), "GIFT has no points, and Moodle gives every imported question 1; this one is worth 2"),
                Arguments.of(new Question.Multiple(1, "T", weighted, new LinkedHashSet<>(List.of("A", "B")),
                        Question.MultipleScoring.rightMinusWrong, "e", BigDecimal.ONE), "weighted, by the fractions of the chosen, not rightMinusWrong"),
                Arguments.of(new Question.Multiple(1, "T", List.of(new Choice("A", "a", new BigDecimal("0.37"), ""),
                        new Choice("B", "b", new BigDecimal("0.63"), "")), new LinkedHashSet<>(List.of("A", "B")),
                        Question.MultipleScoring.weighted, "e", BigDecimal.ONE), "Moodle's grade list holds no 37%"),
                Arguments.of(new Question.Multiple(1, "T", weighted, new LinkedHashSet<>(List.of("A")),
                        Question.MultipleScoring.weighted, "e", BigDecimal.ONE), "right choices [A] are not those"),
                Arguments.of(new Question.ShortText(1, "T", List.of(new Question.TextAnswer("a", BigDecimal.ONE,
                        Question.TextAnswer.Match.exact, "")), true, "e", BigDecimal.ONE), "GIFT states no case sensitivity"),
                Arguments.of(new Question.ShortText(1, "T", List.of(new Question.TextAnswer("a->b", BigDecimal.ONE,
                        Question.TextAnswer.Match.exact, "")), false, "e", BigDecimal.ONE), "holds '->'"),
                Arguments.of(new Question.Numeric(1, "T", List.of(new NumericAnswer.Range(BigDecimal.ONE, BigDecimal.TEN,
                        new BigDecimal("0.45"), "")), "e", BigDecimal.ONE), "Moodle's grade list holds no 45%"),
                Arguments.of(new Question.Matching(1, "T", stems, options, pairs, Question.MatchingScoring.allOrNothing, "e",
                        BigDecimal.ONE), "per pair, not allOrNothing"),
                Arguments.of(new Question.Matching(1, "T", stems, List.of(new Item("o1", "x"), new Item("o2", "x")), pairs,
                        Question.MatchingScoring.perPair, "e", BigDecimal.ONE), "two options read x"),
                Arguments.of(new Question.Matching(1, "T", List.of(new Item("s1", "a -> b"), new Item("s2", "b")), options, pairs,
                        Question.MatchingScoring.perPair, "e", BigDecimal.ONE), "a stem holds '->'"));
    }

    @ParameterizedTest
    @MethodSource("notExpressible")
    void shouldRefuseWhatGiftCannotStateNamingTheQuestion(Question question, String reason) {
        Question first = new Question.Single(1, "Fine?", List.of(new Choice("A", "a"), new Choice("B", "b")), "A", "e");
        Question second = renumbered(question);
        QuizSource quiz = new QuizSource(null, null, new QuizDocument(0, "T", "", List.of(first, second), List.of()));

        assertThatThrownBy(() -> GiftWriter.write(quiz)).isInstanceOfSatisfying(NotExportable.class, refused -> {
            assertThat(refused.format()).isEqualTo("GIFT");
            assertThat(refused.question()).isEqualTo(2);
            assertThat(refused.reason()).contains(reason);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Which? {~%37%a ~%63%b}|Moodle's grade list holds no 37%
            Which? {~%5.%a ~%95%b}|the weight %5.% is not a percentage
            Pi? {#3.14:x}|'x' is not a number
            Pi? {#3.14 ~Wrong.}|feedback for any other number
            Pi? {#}|a numerical question with no answer
            Match. {=a -> b =c}|a matching answer reads '=stem -> option'
            Which? {=a ~%50%b ~c}|a single-answer question with partial credit
            """)
    void shouldRefuseWhatQuizbankCannotGradeAsMoodleDoesAtItsLine(String question, String problem) {
        ParsedSource parsed = GiftReader.read("$CATEGORY: $course$/top/T\n\n::Fine:: Fine? {=a ~b}\n\n::Q:: " + question + "\n");

        assertThat(parsed.problems()).singleElement().satisfies(violation -> {
            assertThat(violation.place()).isEqualTo("line 5");
            assertThat(violation.message()).contains(problem);
        });
        assertThat(parsed.draft().document().questions()).hasSize(1);
        assertThat(parsed.places().of("questions[1].answers[0]")).isEqualTo("line 1");
    }

    private static Question explained(Question question) {
        return switch (question) {
            case Question.Multiple q -> q;
            case Question.TrueFalse q -> new Question.TrueFalse(q.number(), q.text(), q.answer(), q.feedbackIfTrue(),
                    q.feedbackIfFalse(), "Explained.", q.points());
            case Question.ShortText q -> new Question.ShortText(q.number(), q.text(), q.answers(), false, "Explained.", q.points());
            case Question.Numeric q -> new Question.Numeric(q.number(), q.text(), q.answers(), "Explained.", q.points());
            case Question.Matching q -> new Question.Matching(q.number(), q.text(), q.stems(), q.options(), q.pairs(), q.scoring(),
                    "Explained.", q.points());
            default -> throw new IllegalArgumentException(question.toString());
        };
    }

    private static Question renumbered(Question q) {
        return switch (q) {
            case Question.Single s -> new Question.Single(2, s.text(), s.choices(), s.correctChoice(), s.explanation(), s.points());
            case Question.Multiple m -> new Question.Multiple(2, m.text(), m.choices(), m.correct(), m.scoring(), m.explanation(), m.points());
            case Question.ShortText t -> new Question.ShortText(2, t.text(), t.answers(), t.caseSensitive(), t.explanation(), t.points());
            case Question.Numeric n -> new Question.Numeric(2, n.text(), n.answers(), n.explanation(), n.points());
            case Question.Matching m -> new Question.Matching(2, m.text(), m.stems(), m.options(), m.pairs(), m.scoring(),
                    m.explanation(), m.points());
            case Question.Ordering o -> new Question.Ordering(2, o.text(), o.items(), o.scoring(), o.explanation(), o.points());
            case Question.TrueFalse t -> t;
        };
    }

    private static Map<String, String> pairs(String... keys) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i += 2) {
            pairs.put(keys[i], keys[i + 1]);
        }
        return pairs;
    }

    private static String resource(String name) {
        try (InputStream in = GiftQuestionTypesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
