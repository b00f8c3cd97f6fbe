package dev.quizbank.attempt.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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

    public record Unfit(List<Finding> findings) implements Grading, Checking {
    }

    /** An answer that does not fit: where it is in the sheet ({@code answers[2].choice}) and why. */
    public record Finding(String field, String message) {
    }

    private Grader() {
    }

    public static Grading grade(PublishedQuiz quiz, List<AttemptRequest.Answer> answers, UUID id, Instant at) {
        List<Finding> findings = new ArrayList<>();
        Map<Integer, Optional<Response>> read = read(quiz, answers, null, findings);
        if (!findings.isEmpty()) {
            return new Unfit(findings);
        }
        Map<Integer, Response> responses = given(read);
        return new Graded(result(quiz, responses, null, id, at, quiz.settings().review().afterSubmit()), responses);
    }

    /** What checking answers to an attempt's questions comes to: their responses, or every answer that does not fit. */
    public sealed interface Checking permits Checked, Unfit {
    }

    /**
     * The answers fit; {@code responses} maps each question answered to its response, empty for an empty response
     * (no key ticked, blank text), which takes back a response saved before.
     */
    public record Checked(Map<Integer, Optional<Response>> responses) implements Checking {
    }

    /**
     * Checks answers to the questions of an attempt as the sheet's are checked, and that each names one of
     * {@code asked}, the questions the attempt was given.
     */
    public static Checking check(PublishedQuiz quiz, List<AttemptRequest.Answer> answers, List<Integer> asked) {
        List<Finding> findings = new ArrayList<>();
        Map<Integer, Optional<Response>> read = read(quiz, answers, asked, findings);
        return findings.isEmpty() ? new Checked(read) : new Unfit(findings);
    }

    /** Each answered question's response, in the order of the answers; a finding for each answer that does not fit. */
    private static Map<Integer, Optional<Response>> read(PublishedQuiz quiz, List<AttemptRequest.Answer> answers,
            List<Integer> asked, List<Finding> findings) {
        QuizDocument content = quiz.content();
        Map<Integer, Optional<Response>> responses = new LinkedHashMap<>();
        Map<Integer, Integer> firstAnswer = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            AttemptRequest.Answer answer = answers.get(i);
            Question question = content.question(answer.question()).orElse(null);
            if (question == null) {
                findings.add(new Finding("answers[" + i + "].question", "quiz " + quiz.id() + " version " + quiz.version()
                        + " has no question " + answer.question() + " (it has 1 to " + content.questions().size() + ")"));
                continue;
            }
            if (asked != null && !asked.contains(answer.question())) {
                findings.add(new Finding("answers[" + i + "].question", "question " + answer.question()
                        + " is not one of this attempt's questions (" + asked.stream().sorted().map(String::valueOf)
                                .collect(Collectors.joining(", ")) + ")"));
                continue;
            }
            Integer earlier = firstAnswer.putIfAbsent(answer.question(), i);
            if (earlier != null) {
                findings.add(new Finding("answers[" + i + "].question", "question " + answer.question()
                        + " is already answered at answers[" + earlier + "]"));
            }
            Optional<Response> response = SheetResponses.of(question, answer, "answers[" + i + "]", findings);
            if (earlier == null) {
                responses.put(answer.question(), response);
            }
        }
        return responses;
    }

    /** The responses that are not empty. */
    static Map<Integer, Response> given(Map<Integer, Optional<Response>> read) {
        Map<Integer, Response> responses = new HashMap<>();
        read.forEach((number, response) -> response.ifPresent(given -> responses.put(number, given)));
        return responses;
    }

    /** The responses of a graded sheet as an attempt row keeps them: see {@link CompactResponses}. */
    static CompactResponses.Row compact(PublishedQuiz quiz, Map<Integer, Response> responses) {
        return CompactResponses.of(quiz.content(), responses);
    }

    /** The result of a stored attempt, exactly as it was returned when it was graded. */
    public static AttemptResult resultOf(PublishedQuiz quiz, byte[] choices, byte[] responses, UUID id, Instant at) {
        return resultOf(quiz, choices, responses, null, id, at, quiz.settings().review().afterSubmit());
    }

    /**
     * The result of a stored attempt over the questions it was given, as {@code review} shows it.
     *
     * @param given the questions the attempt was given ({@link GivenQuestions}); null for every question
     */
    public static AttemptResult resultOf(PublishedQuiz quiz, byte[] choices, byte[] responses, byte[] given, UUID id, Instant at,
            QuizSettings.Review review) {
        return result(quiz, CompactResponses.read(quiz.content(), choices, responses), given, id, at, review);
    }

    /**
     * The result over the questions given, as {@code review} lets the learner see it: the questions not given
     * count neither for the score nor for maxScore, and are not in the results.
     */
    static AttemptResult result(PublishedQuiz quiz, Map<Integer, Response> responses, byte[] given, UUID id, Instant at,
            QuizSettings.Review review) {
        QuizDocument content = quiz.content();
        List<AttemptResult.QuestionResult> results = new ArrayList<>();
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        int answered = 0;
        for (int i = 0; i < content.questions().size(); i++) {
            if (!GivenQuestions.has(given, i)) {
                continue;
            }
            Question question = content.questions().get(i);
            Response response = responses.get(question.number());
            BigDecimal fraction = Scoring.fraction(question, response);
            BigDecimal points = Scoring.points(question, fraction);
            earned = earned.add(points);
            possible = possible.add(question.points());
            answered += response == null ? 0 : 1;
            results.add(Review.of(question, response, fraction, points, review));
        }
        BigDecimal score = Decimals.plain(earned);
        BigDecimal maxScore = Decimals.plain(possible);
        Optional<QuizDocument.Band> band = band(content, score, maxScore);
        return new AttemptResult(id, quiz.id(), quiz.version(), at, score, maxScore, percent(score, maxScore), answered,
                band.map(QuizDocument.Band::level).orElse(null), band.map(QuizDocument.Band::recommendation).orElse(null),
                review == QuizSettings.Review.SCORE ? null : results);
    }

    /** The points of the questions given ({@link GivenQuestions}; null for all): the maxScore of an attempt given them. */
    public static BigDecimal maxScore(QuizDocument content, byte[] given) {
        BigDecimal possible = BigDecimal.ZERO;
        for (int i = 0; i < content.questions().size(); i++) {
            if (GivenQuestions.has(given, i)) {
                possible = possible.add(content.questions().get(i).points());
            }
        }
        return Decimals.plain(possible);
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

    /**
     * The level of a score out of {@code maxScore}, fewer points than the quiz's when the attempt was given some of
     * its questions: the guide's bands are on the quiz's scale, so the score is first scaled to it (compared
     * exactly, as minScore × maxScore ≤ score × the quiz's maxScore).
     */
    static Optional<QuizDocument.Band> band(QuizDocument content, BigDecimal score, BigDecimal maxScore) {
        BigDecimal full = content.maxScore();
        if (maxScore.compareTo(full) == 0) {
            return band(content, score);
        }
        BigDecimal scaled = score.multiply(full);
        return content.scoringGuide().stream()
                .filter(b -> BigDecimal.valueOf(b.minScore()).multiply(maxScore).compareTo(scaled) <= 0)
                .max(Comparator.comparingInt(QuizDocument.Band::minScore));
    }
}
