package dev.quizbank.quiz.document;

import java.math.BigDecimal;

/**
 * An accepted answer of a numeric question: a closed interval of exact decimals, stated either way GIFT and
 * Moodle state one.
 */
public sealed interface NumericAnswer {

    /** The share of the points a response in the interval earns, from −1 to 1. */
    BigDecimal fraction();

    /** CommonMark shown in a full review to whoever gave a response in the interval; empty when the source states none. */
    String feedback();

    /** The interval [value − tolerance, value + tolerance]; a tolerance of 0 accepts the value alone. */
    record Nominal(BigDecimal value, BigDecimal tolerance, BigDecimal fraction, String feedback) implements NumericAnswer {

        public Nominal {
            feedback = feedback == null ? "" : feedback;
        }
    }

    /** The interval [min, max]. */
    record Range(BigDecimal min, BigDecimal max, BigDecimal fraction, String feedback) implements NumericAnswer {

        public Range {
            feedback = feedback == null ? "" : feedback;
        }
    }
}
