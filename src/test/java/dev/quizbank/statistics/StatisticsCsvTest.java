package dev.quizbank.statistics;

import static dev.quizbank.statistics.StatisticsEdgeCaseTest.key;
import static dev.quizbank.statistics.StatisticsEdgeCaseTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

import org.junit.jupiter.api.Test;

import dev.quizbank.statistics.Statistics.ChoiceStatistics;
import dev.quizbank.statistics.Statistics.QuestionStatistics;

/** The text/csv table: a header, one row per question and choice, figures that read back exactly. */
class StatisticsCsvTest {

    @Test
    void shouldWriteAHeaderAndOneRowPerQuestionAndChoice() {
        Statistics s = StatisticsAgreementTest.feed(key(4, 3, 2, 1), rows("31", "30", "12", "31"));
        String csv = StatisticsCsv.write(s.questions());

        assertThat(csv).endsWith("\r\n");
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines).hasSize(1 + 4 + 2);
        assertThat(lines.get(0)).isEqualTo("question,facility,facilityLow,facilityHigh,sd,discriminationIndex,"
                + "discriminativeEfficiency,randomGuessScore,flags,choice,correct,count,proportion,pointBiserial");
        assertThat(lines.get(1)).startsWith("1,0.75,").contains(",0.25,deadDistractor,A,false,1,0.25,");
        assertThat(lines.get(3)).contains(",C,true,3,0.75,");
        assertThat(lines.get(2)).as("a choice nobody took has no point-biserial").endsWith(",B,false,0,0,");
        assertThat(lines.get(5)).startsWith("2,0.5,");
    }

    @Test
    void shouldLeaveUndefinedFiguresEmpty() {
        String csv = StatisticsCsv.write(StatisticsAgreementTest.feed(key(2, 1), List.of()).questions());

        assertThat(csv.split("\r\n")).containsExactly(String.join(",", StatisticsCsv.COLUMNS),
                "1,,,,,,,0.5,,A,true,0,,", "1,,,,,,,0.5,,B,false,0,,");
    }

    @Property(tries = 100)
    void shouldReadBackEveryFigureExactly(@ForAll("dataSets") DataSet data) {
        List<QuestionStatistics> questions = StatisticsAgreementTest.feed(data.key(), data.attempts()).questions();
        String[] lines = StatisticsCsv.write(questions).split("\r\n");
        int line = 1;
        for (QuestionStatistics q : questions) {
            for (ChoiceStatistics c : q.choices()) {
                String[] f = lines[line++].split(",", -1);
                assertThat(f).hasSize(StatisticsCsv.COLUMNS.size());
                assertThat(f[0]).isEqualTo(Integer.toString(q.number()));
                assertThat(Arrays.asList(read(f[1]), read(f[2]), read(f[3]), read(f[4]), read(f[5]), read(f[6]),
                        read(f[7]))).containsExactly(q.facility(), q.facilityLow(), q.facilityHigh(), q.sd(),
                        q.discriminationIndex(), q.discriminativeEfficiency(), q.randomGuessScore());
                assertThat(f[8]).isEqualTo(String.join(" ", q.flags().stream().map(Flag::wireName).toList()));
                assertThat(f[9]).isEqualTo(c.key());
                assertThat(Boolean.parseBoolean(f[10])).isEqualTo(c.correct());
                assertThat(Long.parseLong(f[11])).isEqualTo(c.count());
                assertThat(Arrays.asList(read(f[12]), read(f[13]))).containsExactly(c.proportion(), c.pointBiserial());
                assertThat(List.of(f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[12], f[13]))
                        .as("plain decimals").allSatisfy(number -> assertThat(number).doesNotContain("E"));
            }
        }
        assertThat(lines).hasSize(line);
    }

    @Provide
    Arbitrary<DataSet> dataSets() {
        return new StatisticsAgreementTest().dataSets();
    }

    private static Double read(String field) {
        return field.isEmpty() ? null : Double.valueOf(field);
    }
}
