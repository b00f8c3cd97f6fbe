package dev.quizbank.attempt.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.quizbank.attempt.AttemptRequest;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.problem.Problems.Violation;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.service.PublishedQuiz;

/** Every grading rule, in one place: one point per correct answer, bands from the scoring guide. */
public final class Grader {

    private Grader() {
    }

    /** Every entry of {@code answers} that does not fit the quiz; empty when the sheet can be graded. */
    public static List<Violation> check(PublishedQuiz quiz, List<AttemptRequest.Answer> answers) {
        QuizDocument content = quiz.content();
        Map<Integer, Integer> firstAnswer = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            AttemptRequest.Answer answer = answers.get(i);
            QuizDocument.Question question = content.question(answer.question()).orElse(null);
            if (question == null) {
                violations.add(new Violation("answers[" + i + "].question", "body", "quiz " + quiz.id() + " version "
                        + quiz.version() + " has no question " + answer.question() + " (it has 1 to " + content.questions().size() + ")"));
                continue;
            }
            Integer earlier = firstAnswer.putIfAbsent(answer.question(), i);
            if (earlier != null) {
                violations.add(new Violation("answers[" + i + "].question", "body", "question " + answer.question()
                        + " is already answered at answers[" + earlier + "]"));
            }
            if (choice(question, answer.choice()) == null) {
                violations.add(new Violation("answers[" + i + "].choice", "body", "'" + answer.choice()
                        + "' is not a choice of question " + answer.question() + " (" + String.join(", ",
                                question.choices().stream().map(QuizDocument.Choice::key).toList()) + ")"));
            }
        }
        return violations;
    }

    /** Grades a sheet that {@link #check} accepted. */
    public static AttemptResult grade(PublishedQuiz quiz, List<AttemptRequest.Answer> answers, UUID id, Instant at) {
        QuizDocument content = quiz.content();
        Map<Integer, String> chosen = new HashMap<>();
        answers.forEach(a -> chosen.put(a.question(), choice(content.question(a.question()).orElseThrow(), a.choice())));
        List<AttemptResult.QuestionResult> results = new ArrayList<>();
        int score = 0;
        for (QuizDocument.Question question : content.questions()) {
            String choice = chosen.get(question.number());
            boolean correct = question.correctChoice().equals(choice);
            score += correct ? 1 : 0;
            results.add(new AttemptResult.QuestionResult(question.number(), choice, correct, question.correctChoice(),
                    question.explanation()));
        }
        QuizDocument.Band band = band(content, score);
        return new AttemptResult(id, quiz.id(), quiz.version(), at, score, content.maxScore(),
                percent(score, content.maxScore()), chosen.size(), band.level(), band.recommendation(), results);
    }

    static double percent(int score, int maxScore) {
        return BigDecimal.valueOf(100L * score).divide(BigDecimal.valueOf(maxScore), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    static QuizDocument.Band band(QuizDocument content, int score) {
        return content.scoringGuide().stream()
                .filter(b -> b.contains(score))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the scoring guide does not cover " + score));
    }

    /** The key of the choice that {@code given} names, case-insensitively, or null. */
    private static String choice(QuizDocument.Question question, String given) {
        String key = given.toUpperCase(Locale.ROOT);
        return question.choices().stream().map(QuizDocument.Choice::key).filter(key::equals).findFirst().orElse(null);
    }
}
