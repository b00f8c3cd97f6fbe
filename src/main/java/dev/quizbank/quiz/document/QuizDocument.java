package dev.quizbank.quiz.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A quiz as its source document states it. Every text is CommonMark, kept exactly as written.
 */
public record QuizDocument(int chapter, String title, String description, List<Question> questions,
        List<Band> scoringGuide) {

    public QuizDocument {
        questions = List.copyOf(questions);
        scoringGuide = List.copyOf(scoringGuide);
    }

    /** The sum of the questions' points; whole points add up with scale 0, so 25 one-point questions give 25, not 25.0. */
    public BigDecimal maxScore() {
        return questions.stream().map(Question::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The question with this number; the parser admits only numbers 1..N in order. */
    public Optional<Question> question(int number) {
        return number >= 1 && number <= questions.size() ? Optional.of(questions.get(number - 1)) : Optional.empty();
    }

    /**
     * A choice of a {@code single} or {@code multiple} question.
     *
     * @param fraction the share of the points that choosing it earns under {@code weighted} scoring, from −1 to 1;
     *        null when the source states none
     * @param feedback CommonMark shown in a full review to whoever chose it; empty when the source states none
     */
    public record Choice(String key, String text, BigDecimal fraction, String feedback) {

        public Choice {
            feedback = feedback == null ? "" : feedback;
        }

        /** A choice as a single-choice source states it: no fraction, no feedback. */
        public Choice(String key, String text) {
            this(key, text, null, "");
        }
    }

    /** One level of the scoring guide: the whole scores from minScore to maxScore, both included. */
    public record Band(int minScore, int maxScore, String level, String recommendation) {
    }
}
