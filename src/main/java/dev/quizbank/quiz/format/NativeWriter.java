package dev.quizbank.quiz.format;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;

/** Writes the canonical native document ({@code text/markdown}), the one {@link NativeReader} reads. */
public final class NativeWriter {

    private NativeWriter() {
    }

    /** The canonical native document of {@code source}; reading it back gives {@code source} again. */
    public static String write(QuizSource source) {
        QuizDocument document = source.document();
        QuizSettings settings = source.settings();
        StringBuilder out = new StringBuilder();
        if (source.id() != null || settings != null) {
            out.append(NativeSyntax.FENCE).append('\n');
            if (source.id() != null) {
                out.append("id: ").append(source.id()).append('\n');
            }
            if (settings != null) {
                settings(out, settings);
            }
            out.append(NativeSyntax.FENCE).append("\n\n");
        }
        out.append("Chapter ").append(document.chapter()).append(": Quiz\n\n");
        out.append(document.title()).append("\n\n");
        if (!document.description().isEmpty()) {
            out.append(document.description()).append("\n\n");
        }
        NativeQuestionWriter questions = new NativeQuestionWriter(out);
        document.questions().forEach(questions::write);
        if (!document.scoringGuide().isEmpty()) {
            out.append('\n').append(NativeSyntax.SCORING_GUIDE).append("\n\n| Score | Level | Recommendation |\n|---|---|---|\n");
            for (QuizDocument.Band band : document.scoringGuide()) {
                out.append("| ").append(band.minScore()).append('-').append(band.maxScore()).append(" | ")
                        .append(NativeSyntax.escapeCell(band.level())).append(" | ")
                        .append(NativeSyntax.escapeCell(band.recommendation())).append(" |\n");
            }
        }
        return out.toString();
    }

    /**
     * Review, anonymous and maxAttempts always; the others only where they differ from their defaults, so that
     * the exports of quizzes that leave them out stay as they were.
     */
    private static void settings(StringBuilder out, QuizSettings settings) {
        QuizSettings.ReviewPhases review = settings.review();
        out.append("review: ").append(review.afterSubmit().value());
        if (review.afterClose() != review.afterSubmit()) {
            out.append(NativeFrontMatter.UNTIL_CLOSED).append(review.afterClose().value());
        }
        out.append('\n');
        out.append("anonymous: ").append(settings.anonymous()).append('\n');
        out.append("maxAttempts: ").append(settings.maxAttempts() == null ? "unlimited" : settings.maxAttempts()).append('\n');
        if (!settings.owners().isEmpty()) {
            entry(out, OwnersEntry.KEY, OwnersEntry.write(settings.owners()));
        }
        if (settings.timeLimitSeconds() != null) {
            entry(out, "timeLimitSeconds", settings.timeLimitSeconds());
        }
        if (settings.graceSeconds() != 0) {
            entry(out, "graceSeconds", settings.graceSeconds());
        }
        if (settings.shuffleQuestions()) {
            entry(out, "shuffleQuestions", true);
        }
        if (settings.shuffleChoices()) {
            entry(out, "shuffleChoices", true);
        }
        if (settings.openAt() != null) {
            entry(out, "openAt", settings.openAt());
        }
        if (settings.closeAt() != null) {
            entry(out, "closeAt", settings.closeAt());
        }
        settings.pools().forEach(pool -> entry(out, PoolEntry.KEY, PoolEntry.write(pool)));
        if (settings.gradingMethod() != QuizSettings.GradingMethod.HIGHEST) {
            entry(out, "gradingMethod", settings.gradingMethod().value());
        }
    }

    private static void entry(StringBuilder out, String key, Object value) {
        out.append(key).append(": ").append(value).append('\n');
    }
}
