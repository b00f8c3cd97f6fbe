package dev.quizbank.quiz.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.quizbank.common.Decimals;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.repository.VersionRecord;
import dev.quizbank.quiz.service.PublishedQuiz;

/** What the read API shows of a quiz. Nothing here may reveal a key, a fraction, feedback or an explanation. */
final class QuizViews {

    private QuizViews() {
    }

    @Schema(description = "A quiz in the list: its current version")
    record QuizSummary(
            @Schema(required = true, examples = "chapter-20") String id,
            @Schema(required = true, examples = "Working with External APIs and Integrations") String title,
            @Schema(required = true, examples = "20") int chapter,
            @Schema(required = true, description = "CommonMark as written in the source") String description,
            @Schema(required = true, examples = "25") int questionCount,
            @Schema(required = true, description = "The current version", examples = "1") int version) {

        static QuizSummary of(PublishedQuiz quiz) {
            QuizDocument c = quiz.content();
            return new QuizSummary(quiz.id(), c.title(), c.chapter(), c.description(), c.questions().size(),
                    quiz.version());
        }
    }

    @Schema(description = "One page of quizzes, ordered by id")
    record QuizPage(@Schema(required = true) List<QuizSummary> items,
            @Schema(required = true, examples = "0") int page,
            @Schema(required = true, examples = "20") int size,
            @Schema(required = true, description = "How many quizzes there are in all", examples = "1") long total) {
    }

    @Schema(description = "A quiz version with its scoring guide")
    record QuizDetail(
            @Schema(required = true, examples = "chapter-20") String id,
            @Schema(required = true, examples = "Working with External APIs and Integrations") String title,
            @Schema(required = true, examples = "20") int chapter,
            @Schema(required = true, description = "CommonMark as written in the source") String description,
            @Schema(required = true, examples = "25") int questionCount,
            @Schema(required = true, description = "The sum of the questions' points, a decimal written as a JSON number without"
                    + " trailing zeros", examples = "25") BigDecimal maxScore,
            @Schema(required = true, examples = "1") int version,
            @Schema(required = true, description = "Levels in the order of the source, highest first") List<BandView> scoringGuide,
            @Schema(required = true) QuizSettings settings) {

        static QuizDetail of(PublishedQuiz quiz) {
            QuizDocument c = quiz.content();
            return new QuizDetail(quiz.id(), c.title(), c.chapter(), c.description(), c.questions().size(),
                    Decimals.plain(c.maxScore()), quiz.version(), c.scoringGuide().stream()
                            .map(b -> new BandView(b.minScore(), b.maxScore(), b.level(), b.recommendation())).toList(),
                    quiz.settings());
        }
    }

    @Schema(name = "Band", description = "One level of the scoring guide: the scores from minScore to maxScore, both included")
    record BandView(
            @Schema(required = true, examples = "23") int minScore,
            @Schema(required = true, examples = "25") int maxScore,
            @Schema(required = true, examples = "Expert") String level,
            @Schema(required = true, description = "CommonMark as written in the source",
                    examples = "You have a strong grasp of API integration patterns. Proceed to advanced exercises.") String recommendation) {
    }

    @Schema(description = "The questions of a quiz version, with the answers withheld")
    record QuizQuestions(
            @Schema(required = true, examples = "chapter-20") String quizId,
            @Schema(required = true, examples = "1") int version,
            @Schema(required = true, description = "In number order") List<Delivery.QuestionView> questions) {

        static QuizQuestions of(PublishedQuiz quiz) {
            return new QuizQuestions(quiz.id(), quiz.version(), quiz.content().questions().stream()
                    .map(q -> Delivery.view(quiz, q)).toList());
        }
    }

    @Schema(name = "QuizVersionInfo", description = "One published version of a quiz")
    record VersionInfo(
            @Schema(required = true, examples = "2") int version,
            @Schema(required = true, description = "RFC 3339, UTC, to the second", examples = "2026-11-25T07:00:00Z") Instant publishedAt,
            @Schema(required = true, nullable = true, description = "The author's subject; null for a version published from a bundled file",
                    examples = "ada") String publishedBy,
            @Schema(required = true, examples = "25") int questionCount) {

        static VersionInfo of(VersionRecord record) {
            return new VersionInfo(record.version(), record.publishedAt().toInstant().truncatedTo(ChronoUnit.SECONDS),
                    record.publishedBy(), record.questionCount());
        }
    }
}
