package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.QuizDocument.Choice;
import dev.quizbank.support.Seed;

/** The native document states every question type: each reads to its model exactly, and writes back byte for byte. */
class NativeQuestionTypesTest {

    private static final String EVERY_TYPE = resource("/question-types-formats/every-type.md");

    @Test
    void shouldReadEveryTypeWithItsPointsFractionsAndFeedback() {
        ParsedSource parsed = NativeReader.read(EVERY_TYPE);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.draft().document().questions()).containsExactly(
                new Question.Single(1, "Which protocol does `curl` speak by default?", List.of(new Choice("A", "FTP"),
                        new Choice("B", "HTTP", null, "Yes: without a scheme, curl guesses HTTP."), new Choice("C", "SMTP")),
                        "B", "It guesses from the host name, else HTTP.", new BigDecimal("2")),
                new Question.Multiple(2, "Which of these are prime?", List.of(
                        new Choice("A", "2", new BigDecimal("0.5"), "The only even prime."),
                        new Choice("B", "3", new BigDecimal("0.5"), ""),
                        new Choice("C", "4", new BigDecimal("-1"), "4 = 2 × 2.\n\n    code line")),
                        new LinkedHashSet<>(List.of("A", "B")), Question.MultipleScoring.weighted,
                        "A prime has exactly two divisors.", new BigDecimal("1.5")),
                new Question.TrueFalse(3, "The sun is a star.", true, "", "It is a star: a G-type main-sequence one.", "",
                        BigDecimal.ONE),
                new Question.ShortText(4, "The capital of *France*?", List.of(
                        new Question.TextAnswer("Paris", BigDecimal.ONE, Question.TextAnswer.Match.exact, "Right."),
                        new Question.TextAnswer("Par*", new BigDecimal("0.5"), Question.TextAnswer.Match.wildcard, "")),
                        true, "Paris, with a capital P.", BigDecimal.ONE),
                new Question.Numeric(5, "What is π to two places?", List.of(
                        new NumericAnswer.Nominal(new BigDecimal("3.14"), new BigDecimal("0.01"), BigDecimal.ONE, ""),
                        new NumericAnswer.Nominal(new BigDecimal("-3.14"), BigDecimal.ZERO, BigDecimal.ZERO, "Mind the sign."),
                        new NumericAnswer.Range(new BigDecimal("3"), new BigDecimal("3.5"), new BigDecimal("0.25"), "")),
                        "", new BigDecimal("3")),
                new Question.Matching(6, "Match each capital to its country.",
                        List.of(new Question.Item("paris", "Paris"), new Question.Item("rome", "Rome")),
                        List.of(new Question.Item("fr", "France"), new Question.Item("it", "Italy"), new Question.Item("es", "Spain")),
                        pairs("paris", "fr", "rome", "it"), Question.MatchingScoring.perPair, "Spain is a distractor.", BigDecimal.ONE),
                new Question.Ordering(7, "Put the phases in order.", List.of(new Question.Item("plan", "Plan"),
                        new Question.Item("build", "Build"), new Question.Item("test", "Test")),
                        Question.OrderingScoring.longestOrderedSubset, "", BigDecimal.ONE));
    }

    @Test
    void shouldWriteEveryTypeBackByteForByte() {
        QuizSource read = NativeReader.read(EVERY_TYPE).draft();

        assertThat(NativeWriter.write(read)).isEqualTo(EVERY_TYPE);
    }

    @Test
    void shouldStillReadAndWriteTheSeedByteForByte() {
        QuizSource seed = NativeReader.read(Seed.TEXT).draft();

        assertThat(seed.document().questions()).allSatisfy(q -> assertThat(q).isInstanceOf(Question.Single.class));
        assertThat(NativeWriter.write(NativeReader.read(NativeWriter.write(seed)).draft())).isEqualTo(NativeWriter.write(seed));
    }

    @Test
    void shouldReadTheExampleOfEveryTypeInTheAuthoringGuide() throws IOException {
        String guide = Files.readString(Path.of("docs/authoring.md"));
        int start = guide.indexOf("````text\nQuestion 1 (single, 2 points)") + "````text\n".length();
        String example = guide.substring(start, guide.indexOf("````\n", start));

        ParsedSource parsed = NativeReader.read("Chapter 1: Quiz\n\nThe guide's example\n\n" + example);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.draft().document().questions()).extracting(Question::type).containsExactly(Question.Type.values());
        Question.Ordering ordering = (Question.Ordering) parsed.draft().document().questions().get(6);
        assertThat(ordering.items()).extracting(Question.Item::key).containsExactly("plan", "build", "test");
    }

    @Test
    void shouldPlaceEachPartAtItsLine() {
        Places places = NativeReader.read(EVERY_TYPE).places();

        assertThat(places.of("questions[1].points")).isEqualTo("line 18");
        assertThat(places.of("questions[1].choices[2].fraction")).isEqualTo("line 28");
        assertThat(places.of("questions[3].answers[1]")).isEqualTo("line 49");
        assertThat(places.of("questions[5].pairs")).isEqualTo("line 76");
        assertThat(places.of("questions[6].items[2]")).isEqualTo("line 84");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            Question 1 (multiple, sometimes)|  • A) a|Answer **A**|line 5|'sometimes' is not one of what a multiple question states once in its heading: allOrNothing, rightMinusWrong, weighted, 'N points'
            Question 1 (ordering, 2 points, 3 points)|  • a) a|Answer **a**|line 5|'3 points' is not one of what a ordering question states
            Question 1 (ordering)|  • a) a|Answer **b**|line 10|the answer line names each item's key once, in the right order
            Question 1 (multiple)|  • A) a|Answer **A, A**|line 10|the answer line names each right choice once
            Question 1 (trueFalse)|  • true|Answer **maybe**|line 10|the answer line reads 'Answer **true**' or 'Answer **false**'
            Question 1 (shortText)|  • exact: a|Answer **a**|line 10|the answers are listed above its answer line
            Question 1 (matching)|  • a) a|Answer **a -> b**|line 9|expected the line 'Stems:'
            Question 1 (numeric)|  • 1 ± 1|    fraction: x|line 10|has no answer line
            Question 1 (ordering)|  • a) a|    >no space|line 10|a feedback line reads '    > ' and its text
            """)
    void shouldRefuseABrokenQuestionAtItsLine(String heading, String body, String answer, String line, String problem) {
        String document = "Chapter 1: Quiz\n\nT\n\n" + heading + "\n\nText\n\n" + body + "\n" + answer + "\n";

        List<SourceViolation> problems = NativeReader.read(document).problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().place()).isEqualTo(line);
        assertThat(problems.getFirst().message()).contains(problem);
    }

    @Test
    void shouldEndATypedQuestionsTextWhereItsBodyStarts() {
        for (String line : List.of("  • a) b", "  • true", "  • exact: x", "  • 1 ± 2", "  • -1..2", "Stems:", "Answer **x**",
                "Question 3 (numeric)")) {
            assertThat(NativeSyntax.endsQuestionText(Question.Type.numeric, line)).as(line).isTrue();
        }
        assertThat(NativeSyntax.endsQuestionText(Question.Type.single, "  • a) b")).isFalse();
        assertThat(NativeSyntax.endsQuestionText(Question.Type.single, "Question 3 (see above)")).isFalse();
        assertThat(NativeSyntax.endsBlock("Question 3 (matching, 2 points)")).isTrue();
    }

    private static Map<String, String> pairs(String... keys) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i += 2) {
            pairs.put(keys[i], keys[i + 1]);
        }
        return pairs;
    }

    private static String resource(String name) {
        try (InputStream in = NativeQuestionTypesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
