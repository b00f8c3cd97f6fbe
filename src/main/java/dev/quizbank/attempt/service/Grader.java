package dev.quizbank.attempt.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.quizbank.attempt.AttemptRequest;
import dev.quizbank.attempt.AttemptResult;
import dev.quizbank.attempt.grading.Response;
import dev.quizbank.attempt.grading.Scoring;
import dev.quizbank.common.Decimals;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.service.PublishedQuiz;

/**
 * Every grading rule, in one place: each response earns its fraction of its question's points (the fractions are
 * {@link Scoring}'s), the score their sum, the level the band the score falls in.
 */
public final class Grader {

    /** What grading a sheet comes to: a result, or every answer that does not fit the quiz. */
    public sealed interface Grading permits Graded, Unfit {
    }

    /** The sheet fits; {@code responses} maps each question answered with a response that is not empty to it. */
    public record Graded(AttemptResult result, Map<Integer, Response> responses) implements Grading {
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
        Map<Integer, Response> responses = new HashMap<>();
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
            Optional<Response> response = SheetResponses.of(asked, answer, "answers[" + i + "]", findings);
            if (earlier == null) {
                response.ifPresent(given -> responses.put(answer.question(), given));
            }
        }
        return findings.isEmpty() ? new Graded(result(quiz, responses, id, at), responses) : new Unfit(findings);
    }

    /** The responses of a graded sheet as an attempt row keeps them: see {@link CompactResponses}. */
    static CompactResponses.Row compact(PublishedQuiz quiz, Map<Integer, Response> responses) {
        return CompactResponses.of(quiz.content(), responses);
    }

    /** The result of a stored attempt, exactly as it was returned when it was graded. */
    public static AttemptResult resultOf(PublishedQuiz quiz, byte[] choices, byte[] responses, UUID id, Instant at) {
        return result(quiz, CompactResponses.read(quiz.content(), choices, responses), id, at);
    }

    /** The result as the quiz's review setting lets the learner see it. */
    private static AttemptResult result(PublishedQuiz quiz, Map<Integer, Response> responses, UUID id, Instant at) {
        QuizDocument content = quiz.content();
        QuizSettings.Review review = quiz.settings().review().afterSubmit();
        List<AttemptResult.QuestionResult> results = new ArrayList<>();
        BigDecimal earned = BigDecimal.ZERO;
        for (Question question : content.questions()) {
            Response response = responses.get(question.number());
            BigDecimal fraction = Scoring.fraction(question, response);
            BigDecimal points = Scoring.points(question, fraction);
            earned = earned.add(points);
            results.add(Review.of(question, response, fraction, points, review));
        }
        BigDecimal score = Decimals.plain(earned);
        BigDecimal maxScore = Decimals.plain(content.maxScore());
        Optional<QuizDocument.Band> band = band(content, score);
        return new AttemptResult(id, quiz.id(), quiz.version(), at, score, maxScore, percent(score, maxScore), responses.size(),
                band.map(QuizDocument.Band::level).orElse(null), band.map(QuizDocument.Band::recommendation).orElse(null),
                review == QuizSettings.Review.SCORE ? null : results);
    }

    static double percent(BigDecimal score, BigDecimal maxScore) {
        return score.multiply(BigDecimal.valueOf(100)).divide(maxScore, 1, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The level of a score: the band with the largest minScore at or below it, so that a score of 7.5 is in the band
     * from 7; none when the quiz has no scoring guide (the rules let a guide only cover every whole score).
     */
    static Optional<QuizDocument.Band> band(QuizDocument content, BigDecimal score) {
        return content.scoringGuide().stream().filter(b -> BigDecimal.valueOf(b.minScore()).compareTo(score) <= 0)
                .max(Comparator.comparingInt(QuizDocument.Band::minScore));
    }
}
