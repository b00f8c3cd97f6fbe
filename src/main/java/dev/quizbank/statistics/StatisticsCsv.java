package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.quizbank.statistics.Statistics.ChoiceStatistics;
import dev.quizbank.statistics.Statistics.Placement;
import dev.quizbank.statistics.Statistics.QuestionStatistics;
import dev.quizbank.statistics.Statistics.ResponseCount;

/**
 * The per-question table as {@code text/csv} (RFC 4180): a header row, then one row per question
 * and choice (typed response, stem or item for other types), the question's own figures repeated on each of its rows so that every row stands
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
            List<String> figures = List.of(Integer.toString(q.number()), number(q.facility()),
                    number(q.facilityLow()), number(q.facilityHigh()), number(q.sd()),
                    number(q.discriminationIndex()), number(q.discriminativeEfficiency()),
                    number(q.randomGuessScore()), flags);
            List<List<String>> details = details(q);
            for (List<String> detail : details.isEmpty() ? List.of(List.of("", "", "", "", "")) : details) {
                csv.append(String.join(",", figures)).append(',').append(String.join(",", detail)).append(EOL);
            }
        }
        return csv.toString();
    }

    /**
     * The rows of a question: one per choice; per typed response (correct when it earns full marks, no
     * proportion or point-biserial); per stem or item placed (count placed correctly, correct left empty).
     * A question with none of these still has one row, its detail fields empty.
     */
    private static List<List<String>> details(QuestionStatistics q) {
        List<List<String>> rows = new ArrayList<>();
        for (ChoiceStatistics c : q.choices()) {
            rows.add(List.of(field(c.key()), Boolean.toString(c.correct()), Long.toString(c.count()),
                    number(c.proportion()), number(c.pointBiserial())));
        }
        for (ResponseCount r : q.responses() == null ? List.<ResponseCount>of() : q.responses()) {
            rows.add(List.of(field(r.response()), Boolean.toString(r.fraction().compareTo(BigDecimal.ONE) == 0),
                    Long.toString(r.count()), "", ""));
        }
        for (Placement p : q.placements() == null ? List.<Placement>of() : q.placements()) {
            rows.add(List.of(field(p.key()), "", Long.toString(p.count()), number(p.proportion()), ""));
        }
        return rows;
    }

    /** The shortest decimal that reads back as the same double, without an exponent. */
    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Choice keys are letters by the document rules, but typed responses may hold anything: quoted when needed. */
    private static String field(String text) {
        if (text.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
