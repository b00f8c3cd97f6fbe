package dev.quizbank.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.format.QuizRules;
import dev.quizbank.quiz.format.QuizSource;
import dev.quizbank.quiz.format.SourceFormat;

/**
 * A quiz of the largest size the rules allow: 500 questions of four choices with long texts, a JSON
 * source of about 0.95 MB (the limit is 1 MiB). Every edition has the same questions (the same seed)
 * but for the first, which names its edition, so that each is a version of its own.
 */
public final class LargeQuiz {

    private static final String[] WORDS = ("request response client server token header body cache retry timeout queue"
            + " schema version payload endpoint gateway proxy webhook callback latency throughput backoff idempotent"
            + " pagination cursor offset limit status error handler parser encoder decoder stream buffer socket").split(" ");

    private LargeQuiz() {
    }

    /** The JSON source of an edition, as the service exports it. */
    public static byte[] source(String id, int edition) {
        return SourceFormat.JSON.write(new QuizSource(id, QuizSettings.SELF_STUDY, document(edition)));
    }

    public static QuizDocument document(int edition) {
        Random random = new Random(20);
        List<Question> questions = new ArrayList<>();
        for (int number = 1; number <= QuizRules.MAX_QUESTIONS; number++) {
            String text = (number == 1 ? "In edition " + edition + ": " : "") + words(random, 940);
            List<QuizDocument.Choice> choices = new ArrayList<>();
            for (String key : new String[] {"A", "B", "C", "D"}) {
                choices.add(new QuizDocument.Choice(key, words(random, 105)));
            }
            questions.add(new Question.Single(number, text, choices, choices.get(number % 4).key(),
                    (number == 1 ? "Edition " + edition + ". " : "") + words(random, 300)));
        }
        return new QuizDocument(7, "A very large quiz", "Five hundred long questions.", questions, List.of(
                new QuizDocument.Band(250, 500, "Expert", "Go on."), new QuizDocument.Band(0, 249, "Novice", "Read again.")));
    }

    /** About {@code length} characters of words, ending in a full stop. */
    private static String words(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(text.length() == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }
}
