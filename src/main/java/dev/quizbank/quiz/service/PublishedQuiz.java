package dev.quizbank.quiz.service;

import java.util.List;
import java.util.Optional;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

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
        for (Question question : content.questions()) {
            bytes += 2 * OBJECT + text(question.text()) + text(question.explanation());
            bytes += switch (question) {
                case Question.Single q -> text(q.correctChoice()) + choices(q.choices());
                case Question.Multiple q -> choices(q.choices()) + q.correct().stream().mapToLong(PublishedQuiz::text).sum();
                case Question.TrueFalse q -> text(q.feedbackIfTrue()) + text(q.feedbackIfFalse());
                case Question.ShortText q -> q.answers().stream().mapToLong(a -> 2 * OBJECT + text(a.text()) + text(a.feedback())).sum();
                case Question.Numeric q -> q.answers().stream().mapToLong(a -> 4 * OBJECT + text(a.feedback())).sum();
                case Question.Matching q -> items(q.stems()) + items(q.options()) + OBJECT * (2L + q.pairs().size());
                case Question.Ordering q -> items(q.items());
            };
        }
        for (QuizDocument.Band band : content.scoringGuide()) {
            bytes += OBJECT + text(band.level()) + text(band.recommendation());
        }
        return bytes;
    }

    private static long choices(List<QuizDocument.Choice> choices) {
        return choices.stream().mapToLong(c -> 2 * OBJECT + text(c.key()) + text(c.text()) + text(c.feedback())).sum();
    }

    private static long items(List<Question.Item> items) {
        return items.stream().mapToLong(i -> OBJECT + text(i.key()) + text(i.text())).sum();
    }

    private static long text(String text) {
        boolean latin1 = text.chars().allMatch(c -> c < 0x100);
        return STRING + (long) text.length() * (latin1 ? 1 : 2);
    }
}
