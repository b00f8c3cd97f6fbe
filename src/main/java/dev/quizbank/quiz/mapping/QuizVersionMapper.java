package dev.quizbank.quiz.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;

import dev.quizbank.quiz.Choice;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.QuizVersion;
import dev.quizbank.quiz.ScoringBand;
import dev.quizbank.quiz.StoredQuestion;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/** Between the stored rows of a version and the document they were published from. */
public final class QuizVersionMapper {

    private QuizVersionMapper() {
    }

    public static QuizDocument toDocument(QuizVersion version) {
        return new QuizDocument(version.chapter, version.title, version.description,
                version.questions.stream().map(QuizVersionMapper::toQuestion).toList(),
                version.scoringGuide.stream()
                        .map(b -> new QuizDocument.Band(b.minScore, b.maxScore, b.level, b.recommendation))
                        .toList());
    }

    private static Question toQuestion(StoredQuestion q) {
        List<QuizDocument.Choice> choices = q.choices.stream()
                .map(c -> new QuizDocument.Choice(c.key, c.text, c.fraction, c.feedback)).toList();
        return switch (Question.Type.valueOf(q.type)) {
            case single -> new Question.Single(q.number, q.text, choices, q.correctKey, q.explanation, q.points);
            case multiple -> {
                QuestionDetails.MultipleKey key = QuestionDetails.read(q.details, QuestionDetails.MultipleKey.class);
                yield new Question.Multiple(q.number, q.text, choices, new LinkedHashSet<>(key.correct()), key.scoring(),
                        q.explanation, q.points);
            }
            case trueFalse -> {
                QuestionDetails.TrueFalseKey key = QuestionDetails.read(q.details, QuestionDetails.TrueFalseKey.class);
                yield new Question.TrueFalse(q.number, q.text, key.answer(), key.feedbackIfTrue(), key.feedbackIfFalse(),
                        q.explanation, q.points);
            }
            case shortText -> {
                QuestionDetails.ShortTextKey key = QuestionDetails.read(q.details, QuestionDetails.ShortTextKey.class);
                yield new Question.ShortText(q.number, q.text, key.answers(), key.caseSensitive(), q.explanation, q.points);
            }
            case numeric -> new Question.Numeric(q.number, q.text, QuestionDetails.read(q.details, QuestionDetails.NumericKeys.class)
                    .answers().stream().map(QuestionDetails::numeric).toList(), q.explanation, q.points);
            case matching -> {
                QuestionDetails.MatchingKey key = QuestionDetails.read(q.details, QuestionDetails.MatchingKey.class);
                yield new Question.Matching(q.number, q.text, key.stems(), key.options(), key.pairs(), key.scoring(),
                        q.explanation, q.points);
            }
            case ordering -> {
                QuestionDetails.OrderingKey key = QuestionDetails.read(q.details, QuestionDetails.OrderingKey.class);
                yield new Question.Ordering(q.number, q.text, key.items(), key.scoring(), q.explanation, q.points);
            }
        };
    }

    public static QuizSettings toSettings(QuizVersion version) {
        return new QuizSettings(
                new QuizSettings.ReviewPhases(QuizSettings.Review.of(version.review), QuizSettings.Review.of(version.reviewAfterClose)),
                version.anonymous, version.maxAttempts, List.of(version.owners), version.timeLimitSeconds, version.graceSeconds,
                version.shuffleQuestions, version.shuffleChoices, instant(version.openAt), instant(version.closeAt),
                List.of(QuestionDetails.read(version.pools, QuizSettings.Pool[].class)),
                QuizSettings.GradingMethod.of(version.gradingMethod));
    }

    public static QuizVersion toEntity(String quizId, int number, QuizDocument document, QuizSettings settings,
            String sourceSha256, String publishedBy) {
        QuizVersion version = new QuizVersion();
        version.quizId = quizId;
        version.version = number;
        version.chapter = document.chapter();
        version.title = document.title();
        version.description = document.description();
        version.sourceSha256 = sourceSha256;
        version.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        version.publishedBy = publishedBy;
        version.review = settings.review().afterSubmit().value();
        version.reviewAfterClose = settings.review().afterClose().value();
        version.timeLimitSeconds = settings.timeLimitSeconds();
        version.graceSeconds = settings.graceSeconds();
        version.shuffleQuestions = settings.shuffleQuestions();
        version.shuffleChoices = settings.shuffleChoices();
        version.openAt = offset(settings.openAt());
        version.closeAt = offset(settings.closeAt());
        version.pools = QuestionDetails.write(settings.pools());
        version.gradingMethod = settings.gradingMethod().value();
        version.anonymous = settings.anonymous();
        version.maxAttempts = settings.maxAttempts();
        version.owners = settings.owners().toArray(String[]::new);
        for (Question source : document.questions()) {
            StoredQuestion question = new StoredQuestion();
            question.quizVersion = version;
            question.number = source.number();
            question.type = source.type().name();
            question.points = source.points();
            question.text = source.text();
            question.explanation = source.explanation();
            question.details = QuestionDetails.of(source);
            List<QuizDocument.Choice> choices = switch (source) {
                case Question.Single single -> {
                    question.correctKey = single.correctChoice();
                    yield single.choices();
                }
                case Question.Multiple multiple -> multiple.choices();
                default -> List.of();
            };
            for (QuizDocument.Choice sourceChoice : choices) {
                Choice choice = new Choice();
                choice.question = question;
                choice.position = question.choices.size();
                choice.key = sourceChoice.key();
                choice.text = sourceChoice.text();
                choice.fraction = sourceChoice.fraction();
                choice.feedback = sourceChoice.feedback();
                question.choices.add(choice);
            }
            version.questions.add(question);
        }
        for (QuizDocument.Band sourceBand : document.scoringGuide()) {
            ScoringBand band = new ScoringBand();
            band.quizVersion = version;
            band.position = version.scoringGuide.size();
            band.minScore = sourceBand.minScore();
            band.maxScore = sourceBand.maxScore();
            band.level = sourceBand.level();
            band.recommendation = sourceBand.recommendation();
            version.scoringGuide.add(band);
        }
        return version;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
