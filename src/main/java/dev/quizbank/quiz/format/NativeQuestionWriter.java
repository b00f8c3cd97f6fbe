package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/** Writes one question of the native document, of any type, as {@link NativeQuestions} reads it back. */
final class NativeQuestionWriter {

    private final StringBuilder out;

    NativeQuestionWriter(StringBuilder out) {
        this.out = out;
    }

    void write(Question question) {
        out.append("\nQuestion ").append(question.number()).append(heading(question)).append("\n\n");
        out.append(question.text()).append("\n\n");
        switch (question) {
            case Question.Single single -> {
                String answerText = "";
                for (QuizDocument.Choice choice : single.choices()) {
                    choice(choice);
                    if (choice.key().equals(single.correctChoice())) {
                        answerText = choice.text();
                    }
                }
                // The single-choice answer line restates its choice and always has a space before the explanation, as the seed's lines do.
                out.append("Answer **").append(single.correctChoice()).append(") ").append(answerText).append("** ")
                        .append(single.explanation()).append('\n');
            }
            case Question.Multiple multiple -> {
                multiple.choices().forEach(this::choice);
                answer(String.join(", ", multiple.correct()), multiple.explanation());
            }
            case Question.TrueFalse trueFalse -> {
                entry("true", null, trueFalse.feedbackIfTrue());
                entry("false", null, trueFalse.feedbackIfFalse());
                answer(String.valueOf(trueFalse.answer()), trueFalse.explanation());
            }
            case Question.ShortText shortText -> {
                for (Question.TextAnswer answer : shortText.answers()) {
                    entry(answer.match() + ": " + answer.text(), stated(answer.fraction()), answer.feedback());
                }
                answer(NativeSyntax.AS_LISTED, shortText.explanation());
            }
            case Question.Numeric numeric -> {
                for (NumericAnswer answer : numeric.answers()) {
                    String interval = switch (answer) {
                        case NumericAnswer.Nominal n -> n.value().toPlainString() + NativeSyntax.TOLERANCE + n.tolerance().toPlainString();
                        case NumericAnswer.Range r -> r.min().toPlainString() + NativeSyntax.RANGE + r.max().toPlainString();
                    };
                    entry(interval, stated(answer.fraction()), answer.feedback());
                }
                answer(NativeSyntax.AS_LISTED, numeric.explanation());
            }
            case Question.Matching matching -> {
                out.append(NativeSyntax.STEMS).append('\n');
                matching.stems().forEach(this::item);
                out.append(NativeSyntax.OPTIONS).append('\n');
                matching.options().forEach(this::item);
                List<String> pairs = new ArrayList<>();
                matching.pairs().forEach((stem, option) -> pairs.add(stem + NativeSyntax.PAIR + option));
                answer(String.join(", ", pairs), matching.explanation());
            }
            case Question.Ordering ordering -> {
                ordering.items().forEach(this::item);
                answer(String.join(", ", ordering.items().stream().map(Question.Item::key).toList()), ordering.explanation());
            }
        }
    }

    /** Nothing for a single-choice question worth one point, so that every document of before reads and writes as it did. */
    private static String heading(Question question) {
        List<String> stated = new ArrayList<>();
        switch (question) {
            case Question.Multiple q -> stated.add(q.scoring().name());
            case Question.Matching q -> stated.add(q.scoring().name());
            case Question.Ordering q -> stated.add(q.scoring().name());
            case Question.ShortText q when q.caseSensitive() -> stated.add(NativeHeading.CASE_SENSITIVE);
            default -> {
            }
        }
        if (!question.points().equals(Question.DEFAULT_POINTS)) {
            stated.add(question.points().toPlainString() + " points");
        }
        if (question.type() == Question.Type.single && stated.isEmpty()) {
            return "";
        }
        stated.addFirst(question.type().name());
        return " (" + String.join(", ", stated) + ")";
    }

    /** A fraction other than the full points an accepted answer earns where none is stated; null for that one. */
    private static BigDecimal stated(BigDecimal fraction) {
        return BigDecimal.ONE.equals(fraction) ? null : fraction;
    }

    private void choice(QuizDocument.Choice choice) {
        entry(choice.key() + ") " + choice.text(), choice.fraction(), choice.feedback());
    }

    private void item(Question.Item item) {
        entry(item.key() + ") " + item.text(), null, "");
    }

    private void entry(String entry, BigDecimal fraction, String feedback) {
        out.append("  • ").append(entry).append('\n');
        if (fraction != null) {
            out.append(NativeSyntax.FRACTION_PREFIX).append(fraction.toPlainString()).append('\n');
        }
        if (!feedback.isEmpty()) {
            for (String line : feedback.split("\n", -1)) {
                out.append(NativeSyntax.FEEDBACK_PREFIX).append(line.isEmpty() ? "" : " " + line).append('\n');
            }
        }
    }

    private void answer(String stated, String explanation) {
        out.append("Answer **").append(stated).append("**").append(explanation.isEmpty() ? "" : " " + explanation).append('\n');
    }
}
