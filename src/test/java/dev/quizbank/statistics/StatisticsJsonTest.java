package dev.quizbank.statistics;

import static dev.quizbank.statistics.StatisticsEdgeCaseTest.key;
import static dev.quizbank.statistics.StatisticsEdgeCaseTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The records serialise to exactly the JSON shape of docs/statistics.md, nulls written out. */
class StatisticsJsonTest {

    /** A statistics report written out by hand, every field in its place. */
    private static final String CONTRACT = """
            {"quizId": "chapter-20", "version": 1, "attempts": 1234, "attemptsUsed": "all",
             "score": {"mean": 0, "median": 0, "sd": 0, "min": 0, "max": 0, "skewness": 0, "kurtosis": 0,
                       "histogram": [{"score": 0, "count": 0}]},
             "reliability": {"cronbachAlpha": 0, "alphaLow": 0, "alphaHigh": 0, "errorRatio": 0, "standardError": 0},
             "questions": [{"number": 1, "facility": 0, "facilityLow": 0, "facilityHigh": 0, "sd": 0,
               "discriminationIndex": 0, "discriminativeEfficiency": 0, "randomGuessScore": 0.25,
               "choices": [{"key": "A", "correct": false, "count": 0, "proportion": 0, "pointBiserial": 0}],
               "flags": ["tooEasy"]}]}
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldHaveTheFieldsOfTheContractInItsOrder() throws Exception {
        Statistics statistics = StatisticsAgreementTest.feed(key(4, 1, 2, 2), rows("12", "21", "32", "11"));
        JsonNode body = json.valueToTree(StatisticsReport.of("chapter-20", 1, AttemptSelection.LAST, statistics));

        assertThat(paths(body, "")).containsExactlyElementsOf(paths(json.readTree(CONTRACT), ""));
        assertThat(body.get("attemptsUsed").asText()).isEqualTo("last");
        assertThat(body.get("attempts").asLong()).isEqualTo(4);
        assertThat(statistics.questions().get(0).flags()).containsExactly(Flag.LOW_EFFICIENCY, Flag.DEAD_DISTRACTOR);
        assertThat(body.at("/questions/0/flags").toString()).isEqualTo("[\"lowEfficiency\",\"deadDistractor\"]");
        assertThat(body.at("/questions/0/choices/3/key").asText()).isEqualTo("D");
    }

    @Test
    void shouldWriteUndefinedFiguresAsNull() {
        JsonNode body = json.valueToTree(StatisticsReport.of("q", 2, AttemptSelection.ALL,
                StatisticsAgreementTest.feed(key(2, 1), List.of())));

        assertThat(body.at("/score/mean").isNull()).isTrue();
        assertThat(body.at("/score/kurtosis").isNull()).isTrue();
        assertThat(body.at("/reliability/cronbachAlpha").isNull()).isTrue();
        assertThat(body.at("/questions/0/facility").isNull()).isTrue();
        assertThat(body.at("/questions/0/choices/0/pointBiserial").isNull()).isTrue();
        assertThat(body.at("/questions/0/randomGuessScore").asDouble()).isEqualTo(0.5);
        assertThat(body.at("/score/histogram")).hasSize(2);
    }

    @Test
    void shouldAcceptEverySpellingOfTheSelection() {
        assertThat(AttemptSelection.fromString("First")).isEqualTo(AttemptSelection.FIRST);
        assertThat(json.valueToTree(AttemptSelection.FIRST).asText()).isEqualTo("first");
        assertThatThrownBy(() -> AttemptSelection.fromString("newest")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attempts must be all, first or last");
    }

    /** Every field path of a document, arrays reduced to their first element, in document order. */
    private static List<String> paths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                paths.add(prefix + "/" + field.getKey());
                paths.addAll(paths(field.getValue(), prefix + "/" + field.getKey()));
            }
        } else if (node.isArray() && !node.isEmpty() && node.get(0).isContainerNode()) {
            paths.addAll(paths(node.get(0), prefix + "/0"));
        }
        return paths;
    }
}
