package dev.quizbank.attempt.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.quizbank.attempt.AttemptRequest;
import dev.quizbank.common.Echo;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.UnsupportedQuestionException;
import dev.quizbank.quiz.service.PublishedQuiz;

/** Every grading rule, in one place: a correct answer earns its question's points, bands from the scoring guide. */
public final class Grader {

    /** What grading a sheet comes to: a result, or every answer that does not fit the quiz. */
    public sealed interface Grading permits Graded, Unfit {
    }

    /** The sheet fits; {@code chosen} maps each answered question to its choice key, in upper case. */
    public record Graded(AttemptResult result, Map<Integer, String> chosen) implements Grading {
    }

    public record Unfit(List<Finding> findings) implements Grading {
    }

    /** An answer that does not fit: where it is in the sheet ({@code answers[2].choice}) and why. */
    public record Finding(String field, String message) {
    }

    private Grader() {
    }

    public static Grading grade(PublishedQuiz quiz, List<AttemptRequest.Answer> answers, UUID id, Instant at) {
        QuizDocument content = quiz.content();
        Map<Integer, String> chosen = new HashMap<>();
        Map<Integer, Integer> firstAnswer = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            AttemptRequest.Answer answer = answers.get(i);
            Question asked = content.question(answer.question()).orElse(null);
            if (asked == null) {
                findings.add(new Finding("answers[" + i + "].question", "quiz " + quiz.id() + " version " + quiz.version()
                        + " has no question " + answer.question() + " (it has 1 to " + content.questions().size() + ")"));
                continue;
            }
            Integer earlier = firstAnswer.putIfAbsent(answer.question(), i);
            if (earlier != null) {
                findings.add(new Finding("answers[" + i + "].question", "question " + answer.question()
                        + " is already answered at answers[" + earlier + "]"));
            }
            Question.Single question = single(asked);
            String key = choice(question, answer.choice());
            if (key == null) {
                findings.add(new Finding("answers[" + i + "].choice", Echo.quoted(answer.choice()) + " is not a choice of question "
                        + answer.question() + " (" + String.join(", ", question.choices().stream().map(QuizDocument.Choice::key).toList()) + ")"));
            } else if (earlier == null) {
                chosen.put(answer.question(), key);
            }
        }
        return findings.isEmpty() ? new Graded(result(quiz, chosen, id, at), chosen) : new Unfit(findings);
    }

    /** The choices of a graded sheet as an attempt row keeps them: see {@code Attempt.choices}. */
    public static byte[] compact(PublishedQuiz quiz, Map<Integer, String> chosen) {
        List<Question> questions = quiz.content().questions();
        byte[] choices = new byte[questions.size()];
        for (int i = 0; i < choices.length; i++) {
            String key = chosen.get(questions.get(i).number());
            List<QuizDocument.Choice> options = single(questions.get(i)).choices();
            for (int c = 0; key != null && c < options.size(); c++) {
                if (options.get(c).key().equals(key)) {
                    choices[i] = (byte) (c + 1);
                }
            }
        }
        return choices;
    }

    /** The result of a stored attempt, exactly as it was returned when it was graded. */
    public static AttemptResult resultOf(PublishedQuiz quiz, byte[] choices, UUID id, Instant at) {
        List<Question> questions = quiz.content().questions();
        Map<Integer, String> chosen = new HashMap<>();
        for (int i = 0; i < choices.length; i++) {
            if (choices[i] > 0) {
                chosen.put(questions.get(i).number(), single(questions.get(i)).choices().get(choices[i] - 1).key());
            }
        }
        return result(quiz, chosen, id, at);
    }

    /** The result as the quiz's review setting lets the learner see it. */
    private static AttemptResult result(PublishedQuiz quiz, Map<Integer, String> chosen, UUID id, Instant at) {
        QuizDocument content = quiz.content();
        QuizSettings.Review review = quiz.settings().review();
        List<AttemptResult.QuestionResult> results = new ArrayList<>();
        BigDecimal earned = BigDecimal.ZERO;
        for (Question asked : content.questions()) {
            Question.Single question = single(asked);
            String choice = chosen.get(question.number());
            boolean correct = question.correctChoice().equals(choice);
            earned = correct ? earned.add(question.points()) : earned;
            boolean full = review == QuizSettings.Review.FULL;
            results.add(new AttemptResult.QuestionResult(question.number(), choice, correct,
                    full ? question.correctChoice() : null, full ? question.explanation() : null));
        }
        int score = QuizDocument.whole(earned, "the score");
        int maxScore = content.wholeMaxScore();
        Optional<QuizDocument.Band> band = band(content, score);
        return new AttemptResult(id, quiz.id(), quiz.version(), at, score, maxScore, percent(score, maxScore), chosen.size(),
                band.map(QuizDocument.Band::level).orElse(null), band.map(QuizDocument.Band::recommendation).orElse(null),
                review == QuizSettings.Review.SCORE ? null : results);
    }

    static double percent(int score, int maxScore) {
        return BigDecimal.valueOf(100L * score).divide(BigDecimal.valueOf(maxScore), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** The level of a score; none when the quiz has no scoring guide (the rules let a guide only cover every score). */
    static Optional<QuizDocument.Band> band(QuizDocument content, int score) {
        return content.scoringGuide().stream().filter(b -> b.contains(score)).findFirst();
    }

    /** The key of the choice that {@code given} names, case-insensitively, or null. */
    private static String choice(Question.Single question, String given) {
        String key = given.toUpperCase(Locale.ROOT);
        return question.choices().stream().map(QuizDocument.Choice::key).filter(key::equals).findFirst().orElse(null);
    }

    private static Question.Single single(Question question) {
        return UnsupportedQuestionException.requireSingle(question, "grading");
    }
}
