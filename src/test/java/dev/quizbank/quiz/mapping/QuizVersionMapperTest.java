package dev.quizbank.quiz.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.QuizVersion;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.UnsupportedQuestionException;
import dev.quizbank.quiz.format.SourceFormat;
import dev.quizbank.support.Seed;

class QuizVersionMapperTest {

    private static final List<QuizDocument.Choice> AB = List.of(new QuizDocument.Choice("A", "a"), new QuizDocument.Choice("B", "b"));

    @Test
    void shouldGiveBackTheDocumentItStored() {
        QuizDocument seed = SourceFormat.NATIVE.read(Seed.TEXT).document();
        assertThat(QuizVersionMapper.toDocument(entity(seed))).isEqualTo(seed);
    }

    @Test
    void shouldRefuseWhatTheRowsCannotHoldRatherThanDropIt() {
        assertThatThrownBy(() -> entity(quiz(new Question.Single(1, "t", AB, "A", "", BigDecimal.TWO))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("storage holds one-point questions only, but question 1 is worth 2");
        List<QuizDocument.Choice> withFeedback = List.of(new QuizDocument.Choice("A", "a", null, "Right."), new QuizDocument.Choice("B", "b"));
        assertThatThrownBy(() -> entity(quiz(new Question.Single(1, "t", withFeedback, "A", ""))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("storage holds no fraction or feedback of a choice, but question 1 states one");
        assertThatThrownBy(() -> entity(quiz(new Question.TrueFalse(1, "t", true, "", "", "", BigDecimal.ONE))))
                .isInstanceOf(UnsupportedQuestionException.class)
                .hasMessage("storage handles single-choice questions only, but question 1 is of type trueFalse");
    }

    private static QuizDocument quiz(Question question) {
        return new QuizDocument(1, "T", "", List.of(question), List.of());
    }

    private static QuizVersion entity(QuizDocument document) {
        return QuizVersionMapper.toEntity("q", 1, document, QuizSettings.SELF_STUDY, "0".repeat(64), null);
    }
}
