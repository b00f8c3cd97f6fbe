package dev.quizbank.quiz.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.service.PublishedQuiz;

/** What the read API shows of a quiz. Nothing here may reveal a correct choice or an explanation. */
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
            @Schema(required = true, description = "One point per question", examples = "25") int maxScore,
            @Schema(required = true, examples = "1") int version,
            @Schema(required = true, description = "Levels in the order of the source, highest first") List<QuizDocument.Band> scoringGuide) {

        static QuizDetail of(PublishedQuiz quiz) {
            QuizDocument c = quiz.content();
            return new QuizDetail(quiz.id(), c.title(), c.chapter(), c.description(), c.questions().size(),
                    c.maxScore(), quiz.version(), c.scoringGuide());
        }
    }

    @Schema(description = "The questions of a quiz version, with the answers withheld")
    record QuizQuestions(
            @Schema(required = true, examples = "chapter-20") String quizId,
            @Schema(required = true, examples = "1") int version,
            @Schema(required = true, description = "In number order") List<QuestionView> questions) {

        static QuizQuestions of(PublishedQuiz quiz) {
            return new QuizQuestions(quiz.id(), quiz.version(), quiz.content().questions().stream()
                    .map(q -> new QuestionView(q.number(), q.text(), q.choices()))
                    .toList());
        }
    }

    @Schema(description = "A question without its answer")
    record QuestionView(
            @Schema(required = true, description = "1-based, as numbered in the source", examples = "1") int number,
            @Schema(required = true, description = "CommonMark as written in the source",
                    examples = "Which Python HTTP library supports both synchronous and asynchronous requests natively?") String text,
            @Schema(required = true, description = "In source order") List<QuizDocument.Choice> choices) {
    }
}
