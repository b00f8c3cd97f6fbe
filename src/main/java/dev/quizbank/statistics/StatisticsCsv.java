package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import dev.quizbank.statistics.Statistics.ChoiceStatistics;
import dev.quizbank.statistics.Statistics.QuestionStatistics;

/**
 * The per-question table as {@code text/csv} (RFC 4180): a header row, then one row per question
 * and choice, the question's own figures repeated on each of its rows so that every row stands
 * alone in a spreadsheet filter or a pivot table. An undefined figure is an empty field; numbers
 * are plain decimals, unrounded; flags are separated by spaces.
 */
public final class StatisticsCsv {

    public static final String MEDIA_TYPE = "text/csv";

    static final List<String> COLUMNS = List.of("question", "facility", "facilityLow", "facilityHigh", "sd",
            "discriminationIndex", "discriminativeEfficiency", "randomGuessScore", "flags",
            "choice", "correct", "count", "proportion", "pointBiserial");

    private static final String EOL = "\r\n";

    private StatisticsCsv() {
    }

    public static String write(List<QuestionStatistics> questions) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append(EOL);
        for (QuestionStatistics q : questions) {
            String flags = q.flags().stream().map(Flag::wireName).collect(Collectors.joining(" "));
            for (ChoiceStatistics c : q.choices()) {
                List<String> row = List.of(Integer.toString(q.number()), number(q.facility()),
                        number(q.facilityLow()), number(q.facilityHigh()), number(q.sd()),
                        number(q.discriminationIndex()), number(q.discriminativeEfficiency()),
                        number(q.randomGuessScore()), flags,
                        field(c.key()), Boolean.toString(c.correct()), Long.toString(c.count()),
                        number(c.proportion()), number(c.pointBiserial()));
                csv.append(String.join(",", row)).append(EOL);
            }
        }
        return csv.toString();
    }

    /** The shortest decimal that reads back as the same double, without an exponent. */
    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Choice keys are letters by the document rules; quoted anyway should one ever need it. */
    private static String field(String text) {
        if (text.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
