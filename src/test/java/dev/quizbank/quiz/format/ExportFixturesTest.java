package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.quizbank.attempt.grading.Response;
import dev.quizbank.attempt.grading.Scoring;
import dev.quizbank.quiz.document.Question;

/**
 * Writes the inputs of scripts/check-exports.sh into target/exports: seed, nasty and settings (the seed timed,
 * shuffled and drawn from pools), the quiz as JSON, as a
 * QTI 3 package and as GIFT; types, the quiz of every question type and mode as a QTI 3 package with
 * responses.json, the responses the checker gives each item and the fraction the service's {@link Scoring}
 * grades each with. CI also checks what the packaged service exports.
 */
class ExportFixturesTest {

    static final Path EXPORTS = Path.of("target", "exports");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void shouldWriteTheCheckerFixtures() throws IOException {
        write(EXPORTS.resolve("seed"), ExportQuizzes.seed());
        write(EXPORTS.resolve("nasty"), ExportQuizzes.nasty());
        write(EXPORTS.resolve("settings"), new QuizSource("settings", EverySetting.SETTINGS, ExportQuizzes.seed().document()));
        assertThat(EXPORTS.resolve("nasty").resolve("quiz.zip")).isNotEmptyFile();
        assertThat(EXPORTS.resolve("settings").resolve("quiz.zip")).isNotEmptyFile();
    }

    /** JSON and GIFT cannot state the new types in this branch yet: the package and the grades alone. */
    @Test
    void shouldWriteEveryTypeWithTheGradesOfItsResponses() throws IOException {
        Path directory = EXPORTS.resolve("types");
        QuizSource quiz = TypedQuiz.quiz();
        Files.createDirectories(directory);
        Files.write(directory.resolve("quiz.zip"), QtiPackage.write(quiz));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode items = root.putArray("items");
        for (Question question : quiz.document().questions()) {
            ObjectNode item = items.addObject()
                    .put("identifier", QtiPackage.itemIdentifier(question))
                    .put("type", question.type().name())
                    .put("points", question.points().toPlainString());
            ArrayNode responses = item.putArray("responses");
            for (TypedQuiz.Attempt attempt : TypedQuiz.responses(question)) {
                responses.addObject()
                        .put("label", attempt.label())
                        .put("fraction", Scoring.fraction(question, attempt.response()).toPlainString())
                        .set("response", JSON.valueToTree(qti(question, attempt.response())));
            }
        }
        Files.writeString(directory.resolve("responses.json"), JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        assertThat(items).hasSize(quiz.document().questions().size());
        assertThat(root.findValues("fraction").stream().map(value -> value.asText()).distinct())
                .as("the responses earn full, partial and no credit").contains("1.0000", "0.0000", "0.5000", "0.3333", "0.6000");
    }

    /** The response as a QTI 3 player holds it; an empty container is NULL in QTI, as no response is. */
    private static Object qti(Question question, Response response) {
        Object value = switch (response) {
            case null -> null;
            case Response.Choice r -> r.key();
            case Response.Choices r -> r.keys();
            case Response.Value r -> String.valueOf(r.value());
            case Response.Text r -> r.text();
            case Response.Number r -> r.number().toPlainString();
            case Response.Pairs r -> {
                Question.Matching matching = (Question.Matching) question;
                yield matching.stems().stream().filter(stem -> r.pairs().containsKey(stem.key()))
                        .map(stem -> QtiItem.stem(QtiItem.placeOf(matching.stems(), stem.key())) + " "
                                + QtiItem.option(QtiItem.placeOf(matching.options(), r.pairs().get(stem.key()))))
                        .toList();
            }
            case Response.Order r -> r.keys().stream()
                    .map(key -> QtiItem.item(QtiItem.placeOf(((Question.Ordering) question).items(), key))).toList();
        };
        return value instanceof List<?> list && list.isEmpty() || "".equals(value) ? null : value;
    }

    private static void write(Path directory, QuizSource quiz) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("quiz.json"), JsonWriter.write(quiz), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("quiz.gift"), GiftWriter.write(quiz), StandardCharsets.UTF_8);
        Files.write(directory.resolve("quiz.zip"), QtiPackage.write(quiz));
    }
}
