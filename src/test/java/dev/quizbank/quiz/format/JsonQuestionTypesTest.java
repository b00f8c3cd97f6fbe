package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/** The JSON source of every question type: read into the model, written back unchanged, and each type's rules. */
class JsonQuestionTypesTest {

    static String everyType() {
        try (InputStream in = JsonQuestionTypesTest.class.getResourceAsStream("/question-types/every-type.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldReadEveryTypeWithItsFields() {
        QuizDocument document = SourceFormat.JSON.read(everyType()).document();

        assertThat(document.questions()).extracting(Question::type).containsExactly(Question.Type.single,
                Question.Type.multiple, Question.Type.multiple, Question.Type.multiple, Question.Type.trueFalse,
                Question.Type.shortText, Question.Type.numeric, Question.Type.matching, Question.Type.ordering);
        assertThat(document.maxScore()).isEqualByComparingTo("9.75");
        Question.Multiple weighted = (Question.Multiple) document.questions().get(3);
        assertThat(weighted.scoring()).isEqualTo(Question.MultipleScoring.weighted);
        assertThat(weighted.choices().get(2).fraction()).isEqualByComparingTo("-1");
        assertThat(weighted.choices().get(2).feedback()).isEqualTo("A chair is furniture.");
        assertThat(((Question.TrueFalse) document.questions().get(4)).answer()).isTrue();
        Question.Numeric numeric = (Question.Numeric) document.questions().get(6);
        assertThat(numeric.answers().getFirst()).isEqualTo(new NumericAnswer.Nominal(new BigDecimal("3.14"),
                new BigDecimal("0.005"), BigDecimal.ONE, ""));
        assertThat(((Question.Matching) document.questions().get(7)).pairs()).containsEntry("fr", "paris").hasSize(2);
        assertThat(((Question.Ordering) document.questions().get(8)).items()).extracting(Question.Item::key)
                .containsExactly("ant", "cat", "cow");
    }

    @Test
    void shouldWriteEveryTypeBackUnchanged() {
        String source = everyType();

        String written = new String(SourceFormat.JSON.write(SourceFormat.JSON.read(source)), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(source);
    }

    @Test
    void shouldReadDecimalsGivenAsJsonNumbersWithoutLosingDigits() {
        String source = edited(everyType(), "\"value\" : \"3.14\"", "\"value\" : 3.14159265358979",
                "\"points\" : 0.25", "\"points\" : \"0.25\"");

        Question.Numeric numeric = (Question.Numeric) SourceFormat.JSON.read(source).document().questions().get(6);

        assertThat(((NumericAnswer.Nominal) numeric.answers().getFirst()).value()).isEqualTo(new BigDecimal("3.14159265358979"));
        assertThat(numeric.points()).isEqualTo(new BigDecimal("0.25"));
    }

    @Test
    void shouldRefuseBrokenRulesOfEachTypeAtTheirPaths() {
        String source = edited(everyType(),
                "\"points\" : 2,", "\"points\" : 0,",
                "\"correct\" : [ \"A\", \"B\" ],\n    \"scoring\" : \"rightMinusWrong\"",
                "\"correct\" : [ \"A\", \"Z\" ],\n    \"scoring\" : \"rightMinusWrong\"",
                "\"fraction\" : -1,", "\"fraction\" : -1.5,",
                "\"text\" : \"Paris\",\n      \"fraction\" : 1,", "\"text\" : \"Paris\",\n      \"fraction\" : 0.9,",
                "\"tolerance\" : \"0.005\"", "\"tolerance\" : \"-0.005\"",
                "\"min\" : \"3\"", "\"min\" : \"4\"",
                "\"de\" : \"berlin\"", "\"de\" : \"madrid\"",
                "\"key\" : \"cow\"", "\"key\" : \"cat\"");

        assertThat(violations(source)).containsExactly(
                new SourceViolation("questions[1].points", "question 2 is worth 0 points; points are a positive decimal"),
                new SourceViolation("questions[2].correct[1]", "question 3: 'Z' is not one of its choices A, B, C"),
                new SourceViolation("questions[3].choices[2].fraction", "question 4: a fraction is from -1 to 1, not -1.5"),
                new SourceViolation("questions[5].answers", "question 6: no answer earns full marks (a fraction of 1)"),
                new SourceViolation("questions[6].answers[0].tolerance", "question 7: a tolerance is 0 or more, not -0.005"),
                new SourceViolation("questions[6].answers[1].min", "question 7: the range 4..3.5 runs backwards (min > max)"),
                new SourceViolation("questions[7].pairs.de", "question 8: the stem 'de' is paired with 'madrid', which is not one"
                        + " of its options berlin, paris, rome"),
                new SourceViolation("questions[8].items[2].key", "question 9: the key 'cat' is used twice"),
                new SourceViolation("scoringGuide[1]", "the scoring guide must end at the maximum score 7 (the sum of the points)"
                        + " but ends at 9"));
    }

    @Test
    void shouldRefuseAnOrderingOfOneItemAndAMatchingWithAStemUnpaired() {
        String source = edited(everyType(),
                "\"items\" : [ {\n      \"key\" : \"ant\",\n      \"text\" : \"Ant\"\n    }, {\n      \"key\" : \"cat\",\n"
                        + "      \"text\" : \"Cat\"\n    }, {\n", "\"items\" : [ {\n",
                ",\n      \"de\" : \"berlin\"", "");

        assertThat(violations(source)).containsExactly(
                new SourceViolation("questions[7].pairs", "question 8: the stem 'de' is paired with no option"),
                new SourceViolation("questions[8].items", "question 9 has 1 items; an ordering puts 2 to 26 in order"));
    }

    @Test
    void shouldRefuseFieldsThatDoNotBelongToTheType() {
        String source = edited(everyType(),
                "\"answer\" : \"B\",", "\"answer\" : \"B\",\n    \"correct\" : [ \"B\" ],",
                "\"text\" : \"Jupiter\"\n", "\"text\" : \"Jupiter\",\n      \"fraction\" : 1\n",
                "\"type\" : \"trueFalse\"", "\"type\" : \"yesNo\"");

        assertThat(violations(source)).containsExactly(
                new SourceViolation("questions[0].correct", "unknown field 'correct'"),
                new SourceViolation("questions[4].type", "type is one of single, multiple, trueFalse, shortText, numeric,"
                        + " matching, ordering, not 'yesNo'"),
                new SourceViolation("questions[0].choices[1].fraction", "question 1: a choice's fraction counts only in a"
                        + " multiple question with weighted scoring"));
    }

    @Test
    void shouldRefuseADecimalTooLargeToPrint() {
        String source = edited(everyType(), "\"points\" : 1.5", "\"points\" : 1e999999999");

        assertThat(violations(source)).containsExactly(new SourceViolation("questions[3].points",
                "points must be a decimal such as \"3.14\", with at most 15 digits before and after the point"));
    }

    /** {@code source} with each pair of texts replaced, each of which must be there, so that no edit is lost silently. */
    static String edited(String source, String... fromTo) {
        String edited = source;
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(edited).contains(fromTo[i]);
            edited = edited.replace(fromTo[i], fromTo[i + 1]);
        }
        return edited;
    }

    private static List<SourceViolation> violations(String source) {
        return catchThrowableOfType(InvalidSourceException.class, () -> SourceFormat.JSON.read(source)).violations();
    }
}
