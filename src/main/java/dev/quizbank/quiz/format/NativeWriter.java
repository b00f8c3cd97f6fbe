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
                out.append("review: ").append(settings.review().afterSubmit().value()).append('\n');
                out.append("anonymous: ").append(settings.anonymous()).append('\n');
                out.append("maxAttempts: ").append(settings.maxAttempts() == null ? "unlimited" : settings.maxAttempts()).append('\n');
                // Only where there are any, so that the exports of quizzes without further owners stay as they were.
                if (!settings.owners().isEmpty()) {
                    out.append(OwnersEntry.KEY).append(": ").append(OwnersEntry.write(settings.owners())).append('\n');
                }
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
}
