package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Writes the inputs of scripts/check-exports.sh into target/exports/seed and target/exports/nasty:
 * the quiz as JSON, as a QTI 3 package and as GIFT. CI also checks what the packaged service exports.
 */
class ExportFixturesTest {

    static final Path EXPORTS = Path.of("target", "exports");

    @Test
    void shouldWriteTheCheckerFixtures() throws IOException {
        write(EXPORTS.resolve("seed"), ExportQuizzes.seed());
        write(EXPORTS.resolve("nasty"), ExportQuizzes.nasty());
        assertThat(EXPORTS.resolve("nasty").resolve("quiz.zip")).isNotEmptyFile();
    }

    private static void write(Path directory, QuizSource quiz) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("quiz.json"), JsonWriter.write(quiz), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("quiz.gift"), GiftWriter.write(quiz), StandardCharsets.UTF_8);
        Files.write(directory.resolve("quiz.zip"), QtiPackage.write(quiz));
    }
}
