package dev.quizbank.quiz.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.quizbank.quiz.Choice;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.QuizVersion;
import dev.quizbank.quiz.ScoringBand;
import dev.quizbank.quiz.StoredQuestion;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.UnsupportedQuestionException;

/** Between the stored rows of a version and the document they were published from. */
public final class QuizVersionMapper {

    private QuizVersionMapper() {
    }

    public static QuizDocument toDocument(QuizVersion version) {
        return new QuizDocument(version.chapter, version.title, version.description,
                version.questions.stream()
                        .<Question>map(q -> new Question.Single(q.number, q.text,
                                q.choices.stream().map(c -> new QuizDocument.Choice(c.key, c.text)).toList(),
                                q.correctKey, q.explanation))
                        .toList(),
                version.scoringGuide.stream()
                        .map(b -> new QuizDocument.Band(b.minScore, b.maxScore, b.level, b.recommendation))
                        .toList());
    }

    /** The rows hold a single-choice question's key and texts only: what they cannot hold is refused, not dropped. */
    private static Question.Single storable(Question question) {
        Question.Single single = UnsupportedQuestionException.requireSingle(question, "storage");
        if (single.points().compareTo(Question.DEFAULT_POINTS) != 0) {
            throw new IllegalStateException("storage holds one-point questions only, but question " + single.number()
                    + " is worth " + single.points().toPlainString());
        }
        if (single.choices().stream().anyMatch(c -> c.fraction() != null || !c.feedback().isEmpty())) {
            throw new IllegalStateException("storage holds no fraction or feedback of a choice, but question "
                    + single.number() + " states one");
        }
        return single;
    }

    public static QuizSettings toSettings(QuizVersion version) {
        return new QuizSettings(QuizSettings.Review.of(version.review), version.anonymous, version.maxAttempts,
                List.of(version.owners));
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
        version.review = settings.review().value();
        version.anonymous = settings.anonymous();
        version.maxAttempts = settings.maxAttempts();
        version.owners = settings.owners().toArray(String[]::new);
        for (Question asked : document.questions()) {
            Question.Single source = storable(asked);
            StoredQuestion question = new StoredQuestion();
            question.quizVersion = version;
            question.number = source.number();
            question.text = source.text();
            question.correctKey = source.correctChoice();
            question.explanation = source.explanation();
            for (QuizDocument.Choice sourceChoice : source.choices()) {
                Choice choice = new Choice();
                choice.question = question;
                choice.position = question.choices.size();
                choice.key = sourceChoice.key();
                choice.text = sourceChoice.text();
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
}
