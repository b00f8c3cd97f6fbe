package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Moodle's grade list: the only fractions its XML import takes as they are (others it refuses or snaps to the
 * nearest, by a site setting). A list value with a repeating decimal (83.33333 for 5/6) stands for every fraction
 * that agrees with it to its last written place, 0.8333333 or 0.833333333; 0.8333 is another fraction and is refused.
 */
final class MoodleGrades {

    private static final List<String> PERCENTS = List.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60",
            "50", "40", "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5", "0");
    /** The list writes the repeating decimals, and only those, to five places. */
    private static final int REPEATING_SCALE = 5;
    /** Half a unit of the list's fifth decimal place, in percent. */
    private static final BigDecimal HALF_PLACE = new BigDecimal("0.000005");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MoodleGrades() {
    }

    /** {@code fraction} (−1..1) as the list's percent, with the list's own digits; empty when the list has no such grade. */
    static Optional<String> percent(BigDecimal fraction) {
        BigDecimal percent = fraction.multiply(HUNDRED);
        for (String listed : PERCENTS) {
            BigDecimal grade = new BigDecimal(listed);
            BigDecimal off = percent.abs().subtract(grade).abs();
            if (grade.scale() < REPEATING_SCALE ? off.signum() == 0 : off.compareTo(HALF_PLACE) < 0) {
                return Optional.of(percent.signum() < 0 ? "-" + listed : listed);
            }
        }
        return Optional.empty();
    }

    /**
     * The percent of a fraction the question's source states.
     *
     * @throws NotExportable naming {@code question} when Moodle's list does not hold it
     */
    static String required(BigDecimal fraction, int question) {
        return percent(fraction).orElseThrow(() -> new NotExportable("Moodle XML", question, "its fraction "
                + fraction.toPlainString() + " is not on Moodle's grade list (100, 90, 83.33333, 80, 75, 70, 66.66667, 60,"
                + " 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0 percent and their negatives)"));
    }
}
