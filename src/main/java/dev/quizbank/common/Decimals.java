package dev.quizbank.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Exact decimals as the contract writes them ("3.14"). Their size is bounded: a decimal such as
 * {@code 1e999999999} costs nothing to parse but a gigabyte to print or compare with a plain one.
 */
public final class Decimals {

    /** Digits before and after the point that any points, fraction or numeric answer needs. */
    public static final int MAX_DIGITS = 15;
    private static final Pattern PLAIN = Pattern.compile("-?[0-9]{1," + MAX_DIGITS + "}(\\.[0-9]{1," + MAX_DIGITS + "})?");

    private Decimals() {
    }

    /** {@code text} as a decimal when it is a plain one ("-3.14", not "3e2", "+1" or ".5"), of bounded size. */
    public static Optional<BigDecimal> parse(String text) {
        return text != null && PLAIN.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }

    /** {@code value} (a JSON number read exactly) when it is no larger or finer than {@link #parse} admits. */
    public static Optional<BigDecimal> bounded(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int fractionDigits = Math.max(stripped.scale(), 0);
        int wholeDigits = stripped.precision() - stripped.scale();
        return fractionDigits <= MAX_DIGITS && wholeDigits <= MAX_DIGITS ? Optional.of(value) : Optional.empty();
    }

    /** Without trailing zeros and never in exponent form: 23.0000 is 23, 1.50 is 1.5, 1E+1 is 10. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
