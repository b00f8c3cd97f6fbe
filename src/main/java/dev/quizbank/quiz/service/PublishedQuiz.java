package dev.quizbank.quiz.service;

import java.util.Optional;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.UnsupportedQuestionException;

/**
 * One published, hence immutable, version of a quiz.
 *
 * @param owner the author who published the quiz's first version, always one of its owners; empty for
 *        a quiz first published from a bundled file, which no author owns (see {@link QuizOwnership})
 */
public record PublishedQuiz(String id, int version, QuizDocument content, QuizSettings settings, Optional<String> owner) {

    /** A record or list with its header and fields, and a string's object and array headers, on a 64-bit JVM. */
    private static final int OBJECT = 32;
    private static final int STRING = 40;

    /** This version's questions and key under other settings: the quiz's current ones decide who, how often and what is shown. */
    public PublishedQuiz under(QuizSettings current) {
        return current.equals(settings) ? this : new PublishedQuiz(id, version, content, current, owner);
    }
    /**
     * Roughly the bytes this version holds on the heap, to weigh it against the catalog's bound: the texts
     * dominate (a byte a character, two for a text beyond Latin-1), then one object per part.
     */
    public long footprint() {
        long bytes = OBJECT + text(content.title()) + text(content.description());
        for (Question asked : content.questions()) {
            Question.Single question = UnsupportedQuestionException.requireSingle(asked, "the catalog's footprint");
            bytes += 2 * OBJECT + text(question.text()) + text(question.correctChoice()) + text(question.explanation());
            for (QuizDocument.Choice choice : question.choices()) {
                bytes += OBJECT + text(choice.key()) + text(choice.text());
            }
        }
        for (QuizDocument.Band band : content.scoringGuide()) {
            bytes += OBJECT + text(band.level()) + text(band.recommendation());
        }
        return bytes;
    }

    private static long text(String text) {
        boolean latin1 = text.chars().allMatch(c -> c < 0x100);
        return STRING + (long) text.length() * (latin1 ? 1 : 2);
    }
}
