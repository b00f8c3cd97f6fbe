package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.document.Question;

/** The example documents the README's curl commands send are quizzes the service accepts. */
class ExampleDocumentsTest {

    private static final Path EXAMPLES = Path.of("docs", "examples");

    @Test
    void shouldReadTheNativeExampleWithItsIdSettingsAndScoringGuide() throws IOException {
        QuizSource quiz = SourceFormat.NATIVE.read(Files.readString(EXAMPLES.resolve("chapter-21.txt")));

        assertThat(quiz.id()).isEqualTo("chapter-21");
        assertThat(quiz.document().title()).isEqualTo("Caching HTTP Responses");
        assertThat(quiz.document().questions()).hasSize(3);
        assertThat(quiz.document().scoringGuide()).hasSize(3);
    }

    @Test
    void shouldReadTheGiftEditAsTheSameQuestionsWithOneChoiceReworded() throws IOException {
        QuizSource quiz = SourceFormat.NATIVE.read(Files.readString(EXAMPLES.resolve("chapter-21.txt")));
        QuizSource edit = SourceFormat.GIFT.read(Files.readString(EXAMPLES.resolve("chapter-21.gift")));

        assertThat(edit.document().title()).isEqualTo(quiz.document().title());
        assertThat(edit.document().questions()).hasSameSizeAs(quiz.document().questions());
        for (int i = 0; i < 3; i++) {
            assertThat(edit.document().questions().get(i).text()).isEqualTo(quiz.document().questions().get(i).text());
            assertThat(edit.document().questions().get(i).explanation()).isEqualTo(quiz.document().questions().get(i).explanation());
        }
        assertThat(((Question.Single) edit.document().questions().get(2)).choices().get(2).text()).isEqualTo("To list the encodings the server offers");
    }
}
