package dev.quizbank.quiz.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.QuizVersion;
import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.format.SourceFormat;
import dev.quizbank.support.Seed;

class QuizVersionMapperTest {

    @Test
    void shouldGiveBackTheDocumentItStored() {
        QuizDocument seed = SourceFormat.NATIVE.read(Seed.TEXT).document();
        assertThat(QuizVersionMapper.toDocument(entity(seed))).isEqualTo(seed);
    }

    @Test
    void shouldGiveBackEveryTypeWithItsPointsFractionsAndFeedback() throws IOException {
        String source;
        try (InputStream in = getClass().getResourceAsStream("/question-types/every-type.json")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        QuizDocument document = SourceFormat.JSON.read(source).document();

        QuizVersion stored = entity(document);

        assertThat(QuizVersionMapper.toDocument(stored)).isEqualTo(document);
        assertThat(stored.questions).extracting(q -> q.type).containsExactly("single", "multiple", "multiple", "multiple",
                "trueFalse", "shortText", "numeric", "matching", "ordering");
        assertThat(stored.questions.get(0).details).isNull();
        assertThat(stored.questions.get(6).details).contains("\"value\":\"3.14\"");
    }

    @Test
    void shouldKeepTheDigitsOfADecimalAsPublished() {
        Question numeric = new Question.Numeric(1, "t", List.of(new NumericAnswer.Nominal(new BigDecimal("3.140"),
                new BigDecimal("0.000"), BigDecimal.ONE, "")), "", new BigDecimal("2.50"));

        assertThat(QuizVersionMapper.toDocument(entity(quiz(numeric))).questions()).containsExactly(numeric);
    }

    private static QuizDocument quiz(Question question) {
        return new QuizDocument(1, "T", "", List.of(question), List.of());
    }

    private static QuizVersion entity(QuizDocument document) {
        return QuizVersionMapper.toEntity("q", 1, document, QuizSettings.SELF_STUDY, "0".repeat(64), null);
    }
}
