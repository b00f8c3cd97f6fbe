package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Writes the answers of one question in GIFT, so that Moodle grades it as the service does and {@link GiftReader}
 * reads it back; a question GIFT cannot state so is refused whole, never written approximately.
 */
final class GiftQuestionWriter {

    private static final String FORMAT = "GIFT";

    private final StringBuilder out;

    GiftQuestionWriter(StringBuilder out) {
        this.out = out;
    }

    /** The answers between a question's braces; a question GIFT cannot state refuses the whole export, naming it. */
    void answers(Question question) {
        int number = question.number();
        if (question.points().compareTo(BigDecimal.ONE) != 0) {
            throw new NotExportable(FORMAT, number, "GIFT has no points, and Moodle gives every imported question 1;"
                    + " this one is worth " + question.points().toPlainString());
        }
        switch (question) {
            case Question.Single single -> {
                for (QuizDocument.Choice choice : single.choices()) {
                    if (choice.fraction() != null) {
                        throw new NotExportable(FORMAT, number, "a weight on a choice of a single-choice question would give"
                                + " partial credit in Moodle");
                    }
                }
                single.choices().forEach(choice -> answer(choice.key().equals(single.correctChoice()) ? "=" : "~", choice.text(),
                        choice.feedback()));
            }
            case Question.Multiple multiple -> multiple(multiple);
            case Question.TrueFalse trueFalse -> {
                String wrong = trueFalse.answer() ? trueFalse.feedbackIfFalse() : trueFalse.feedbackIfTrue();
                String right = trueFalse.answer() ? trueFalse.feedbackIfTrue() : trueFalse.feedbackIfFalse();
                out.append('\t').append(trueFalse.answer() ? "TRUE" : "FALSE");
                if (!wrong.isEmpty() || !right.isEmpty()) {
                    out.append('#').append(GiftWriter.guarded(wrong));
                }
                if (!right.isEmpty()) {
                    out.append('#').append(GiftWriter.guarded(right));
                }
                out.append('\n');
            }
            case Question.ShortText shortText -> shortText(shortText);
            case Question.Numeric numeric -> numeric(numeric);
            case Question.Matching matching -> matching(matching);
            case Question.Ordering ordering -> throw new NotExportable(FORMAT, number, "GIFT has no ordering question");
        }
    }

    /** Moodle grades a GIFT question with several right answers by the weights of the chosen: weighted, and nothing else. */
    private void multiple(Question.Multiple multiple) {
        int number = multiple.number();
        if (multiple.scoring() != Question.MultipleScoring.weighted) {
            throw new NotExportable(FORMAT, number, "Moodle grades a GIFT question with several right answers weighted,"
                    + " by the fractions of the chosen, not " + multiple.scoring());
        }
        Set<String> positive = new HashSet<>();
        for (QuizDocument.Choice choice : multiple.choices()) {
            BigDecimal fraction = choice.fraction() == null ? BigDecimal.ZERO : choice.fraction();
            weight(number, fraction);
            if (fraction.signum() > 0) {
                positive.add(choice.key());
            }
        }
        if (!positive.equals(multiple.correct())) {
            throw new NotExportable(FORMAT, number, "GIFT states as right the choices with a positive weight, but this"
                    + " question's right choices " + multiple.correct() + " are not those");
        }
        for (QuizDocument.Choice choice : multiple.choices()) {
            BigDecimal fraction = choice.fraction() == null ? BigDecimal.ZERO : choice.fraction();
            answer(fraction.signum() == 0 ? "~" : "~" + weight(number, fraction), choice.text(), choice.feedback());
        }
    }

    /** Moodle's short answers are case-insensitive in GIFT and always read '*' as a wildcard and '\*' as a star. */
    private void shortText(Question.ShortText shortText) {
        int number = shortText.number();
        if (shortText.caseSensitive()) {
            throw new NotExportable(FORMAT, number, "GIFT states no case sensitivity, and Moodle imports short answers"
                    + " case-insensitive");
        }
        for (Question.TextAnswer answer : shortText.answers()) {
            if (answer.text().contains("->") || answer.feedback().contains("->")) {
                throw new NotExportable(FORMAT, number, "an answer or its feedback holds '->', which would make Moodle read"
                        + " a matching question");
            }
            String text = answer.match() == Question.TextAnswer.Match.exact ? answer.text().replace("*", "\\*") : answer.text();
            answer("=" + stated(number, answer.fraction()), text, answer.feedback());
        }
    }

    private void numeric(Question.Numeric numeric) {
        out.append("\t#\n");
        for (NumericAnswer answer : numeric.answers()) {
            String interval = switch (answer) {
                case NumericAnswer.Nominal n -> n.value().toPlainString() + ":" + n.tolerance().toPlainString();
                case NumericAnswer.Range r -> r.min().toPlainString() + ".." + r.max().toPlainString();
            };
            out.append("\t=").append(stated(numeric.number(), answer.fraction())).append(interval);
            feedback(answer.feedback());
        }
    }

    /** Pairs as Moodle keeps them, by the option's text: an option with no stem is a distractor, '= -> option'. */
    private void matching(Question.Matching matching) {
        int number = matching.number();
        if (matching.scoring() != Question.MatchingScoring.perPair) {
            throw new NotExportable(FORMAT, number, "Moodle grades a GIFT matching question per pair, not " + matching.scoring());
        }
        Set<String> texts = new HashSet<>();
        for (Question.Item option : matching.options()) {
            if (!texts.add(option.text())) {
                throw new NotExportable(FORMAT, number, "GIFT names an option by its text, and two options read "
                        + option.text());
            }
        }
        for (Question.Item stem : matching.stems()) {
            if (stem.text().contains("->")) {
                throw new NotExportable(FORMAT, number, "a stem holds '->', which GIFT reads as the start of its option");
            }
            String option = matching.options().stream().filter(o -> o.key().equals(matching.pairs().get(stem.key())))
                    .findFirst().map(Question.Item::text).orElseThrow();
            out.append("\t=").append(GiftWriter.guarded(stem.text())).append(" -> ").append(GiftWriter.escape(option)).append('\n');
        }
        matching.options().stream().filter(o -> !matching.pairs().containsValue(o.key()))
                .forEach(o -> out.append("\t= -> ").append(GiftWriter.escape(o.text())).append('\n'));
    }

    /** No weight for the full credit that Moodle gives an answer without one. */
    private static String stated(int number, BigDecimal fraction) {
        return fraction.compareTo(BigDecimal.ONE) == 0 ? "" : weight(number, fraction);
    }

    private static String weight(int number, BigDecimal fraction) {
        String weight = GiftWeights.of(fraction);
        if (weight == null) {
            throw new NotExportable(FORMAT, number, "Moodle's grade list holds no " + fraction.movePointRight(2).stripTrailingZeros()
                    .toPlainString() + "%, which GIFT would need for the fraction " + fraction.toPlainString());
        }
        return weight;
    }

    private void answer(String mark, String text, String feedback) {
        out.append('\t').append(mark).append(GiftWriter.guarded(text));
        feedback(feedback);
    }

    private void feedback(String feedback) {
        if (!feedback.isEmpty()) {
            out.append(" #").append(GiftWriter.guarded(feedback));
        }
        out.append('\n');
    }
}
