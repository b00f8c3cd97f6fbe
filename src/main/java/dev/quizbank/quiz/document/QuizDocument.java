package dev.quizbank.quiz.document;

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

    /** One point per question. */
    public int maxScore() {
        return questions.size();
    }

    /** The question with this number; the parser admits only numbers 1..N in order. */
    public Optional<Question> question(int number) {
        return number >= 1 && number <= questions.size() ? Optional.of(questions.get(number - 1)) : Optional.empty();
    }

    public record Question(int number, String text, List<Choice> choices, String correctChoice, String explanation) {
        public Question {
            choices = List.copyOf(choices);
        }
    }

    public record Choice(String key, String text) {
    }

    /** One level of the scoring guide: the scores from minScore to maxScore, both included. */
    public record Band(int minScore, int maxScore, String level, String recommendation) {

        public boolean contains(int score) {
            return minScore <= score && score <= maxScore;
        }
    }
}
