package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Moodle's answer weights in GIFT, {@code %50%}: Moodle imports only the percentages of its grade list, so they are
 * the only fractions GIFT can carry, in and out.
 */
final class GiftWeights {

    /** What Moodle takes for a weight at the start of an answer; it reads the digits up to the second '%'. */
    private static final Pattern MOODLE_WEIGHT = Pattern.compile("%-*[0-9]{1,2}\\.?[0-9]*%.*", Pattern.DOTALL);
    private static final Pattern WEIGHT = Pattern.compile("%(-?[0-9]{1,3}(?:\\.[0-9]{1,10})?)%");
    private static final Set<BigDecimal> GRADES = Stream.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50",
            "40", "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5", "0")
            .flatMap(grade -> Stream.of(new BigDecimal(grade), new BigDecimal(grade).negate()))
            .map(BigDecimal::stripTrailingZeros).collect(Collectors.toUnmodifiableSet());

    private GiftWeights() {
    }

    /** A weight that an answer starts with, as Moodle would read it: its length and its fraction, or why it cannot be one. */
    record Weight(int length, BigDecimal fraction, String problem) {
    }

    /** Null where the answer starts with no weight, so that Moodle gives it its default fraction. */
    static Weight at(GiftText.Span answer) {
        String chars = answer.chars();
        if (!answer.startsWith("%") || !MOODLE_WEIGHT.matcher(chars).matches()) {
            return null;
        }
        int end = chars.indexOf('%', 1) + 1;
        Matcher weight = WEIGHT.matcher(chars.substring(0, end));
        if (!weight.matches()) {
            return new Weight(end, null, "the weight " + chars.substring(0, end) + " is not a percentage");
        }
        BigDecimal percent = new BigDecimal(weight.group(1));
        if (!GRADES.contains(percent.stripTrailingZeros())) {
            return new Weight(end, null, "Moodle's grade list holds no " + weight.group(1)
                    + "% (it holds 100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,"
                    + " 12.5, 11.11111, 10, 5, 0 and their negatives)");
        }
        return new Weight(end, fraction(percent), null);
    }

    private static BigDecimal fraction(BigDecimal percent) {
        BigDecimal fraction = percent.movePointLeft(2).stripTrailingZeros();
        return fraction.signum() == 0 ? BigDecimal.ZERO : fraction;
    }

    /** The weight that states {@code fraction}, or null where Moodle's grade list holds no such percentage. */
    static String of(BigDecimal fraction) {
        BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
        return GRADES.contains(percent) ? "%" + percent.toPlainString() + "%" : null;
    }
}
