package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.support.Seed;

/**
 * The attempt lifecycle's settings in JSON and the native front matter: each is read, written only where
 * it differs from its default, read back unchanged, and each broken rule is refused at its path or line.
 */
class SettingsFormatTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final QuizDocument SEED = SourceFormat.NATIVE.read(Seed.TEXT).document();

    @Test
    void shouldReadEverySettingFromJson() {
        QuizSource source = SourceFormat.JSON.read(json(EverySetting.JSON));

        assertThat(source.settings()).isEqualTo(EverySetting.SETTINGS);
        assertThat(source.settings().startRequired()).isTrue();
    }

    @Test
    void shouldWriteEverySettingToJsonInUtcAndReadItBack() throws JsonProcessingException {
        QuizSource quiz = new QuizSource("exam", EverySetting.SETTINGS, SEED);
        String written = JsonWriter.write(quiz);

        assertThat(MAPPER.readTree(written).get("settings")).isEqualTo(MAPPER.readTree(EverySetting.JSON));
        assertThat(SourceFormat.JSON.read(written)).isEqualTo(quiz);
        assertThat(JsonWriter.write(SourceFormat.JSON.read(written))).isEqualTo(written);
    }

    @Test
    void shouldReadAnInstantWithAnOffsetAsTheSameInstant() {
        QuizSettings settings = SourceFormat.JSON.read(json("""
                {"openAt": "2026-12-07T10:00:00+01:00", "closeAt": "2026-12-07T09:30:00.250-01:00"}""")).settings();

        assertThat(settings.openAt()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
        assertThat(settings.closeAt()).isEqualTo(Instant.parse("2026-12-07T10:30:00.250Z"));
        assertThat(JsonWriter.write(new QuizSource("x", settings, SEED)))
                .contains("\"openAt\" : \"2026-12-07T09:00:00Z\"", "\"closeAt\" : \"2026-12-07T10:30:00.250Z\"");
    }

    @Test
    void shouldGiveEverySettingLeftOutItsDefault() {
        assertThat(SourceFormat.JSON.read(json("{}")).settings()).isEqualTo(QuizSettings.SELF_STUDY);
        assertThat(SourceFormat.JSON.read(json("{\"review\": \"correctness\"}")).settings())
                .isEqualTo(new QuizSettings(QuizSettings.Review.CORRECTNESS, true, null));
        assertThat(SourceFormat.NATIVE.read("---\nreview: correctness\n---\n" + Seed.TEXT).settings())
                .isEqualTo(new QuizSettings(QuizSettings.Review.CORRECTNESS, true, null));
        QuizSettings defaults = SourceFormat.NATIVE.read("---\nanonymous: true\n---\n" + Seed.TEXT).settings();
        assertThat(defaults).isEqualTo(QuizSettings.SELF_STUDY);
        assertThat(defaults.startRequired()).isFalse();
    }

    @Test
    void shouldWriteOnlyTheSettingsThatDifferFromTheirDefaults() throws JsonProcessingException {
        QuizSource selfStudy = new QuizSource("exam", QuizSettings.SELF_STUDY, SEED);

        assertThat(NativeWriter.write(selfStudy)).startsWith("---\nid: exam\nreview: full\nanonymous: true\nmaxAttempts: unlimited\n---\n\n");
        assertThat(MAPPER.readTree(JsonWriter.write(selfStudy)).get("settings"))
                .isEqualTo(MAPPER.readTree("{\"review\": \"full\", \"anonymous\": true, \"maxAttempts\": null}"));
    }

    @Test
    void shouldReadReviewAsOneValueOrOnePerPhase() {
        assertThat(SourceFormat.JSON.read(json("{\"review\": \"score\"}")).settings().review())
                .isEqualTo(QuizSettings.ReviewPhases.always(QuizSettings.Review.SCORE));
        assertThat(SourceFormat.JSON.read(json("{\"review\": {\"afterSubmit\": \"correctness\", \"afterClose\": \"correctness\"}}"))
                .settings().review()).isEqualTo(QuizSettings.ReviewPhases.always(QuizSettings.Review.CORRECTNESS));
        assertThat(SourceFormat.NATIVE.read("---\nreview: correctness until closed, then full\n---\n" + Seed.TEXT).settings().review())
                .isEqualTo(new QuizSettings.ReviewPhases(QuizSettings.Review.CORRECTNESS, QuizSettings.Review.FULL));
        assertThat(SourceFormat.NATIVE.read("---\nreview: score until closed, then score\n---\n" + Seed.TEXT).settings().review())
                .isEqualTo(QuizSettings.ReviewPhases.always(QuizSettings.Review.SCORE));
    }

    @Test
    void shouldReadEverySettingFromTheFrontMatter() {
        QuizSource source = SourceFormat.NATIVE.read("---\nid: exam\n" + EverySetting.FRONT_MATTER + "---\n" + Seed.TEXT);

        assertThat(source.settings()).isEqualTo(EverySetting.SETTINGS);
        assertThat(source.document()).isEqualTo(SEED);
    }

    @Test
    void shouldWriteEverySettingToTheFrontMatterAndReadItBack() {
        QuizSource quiz = new QuizSource("exam", EverySetting.SETTINGS, SEED);
        String written = NativeWriter.write(quiz);

        assertThat(written).startsWith("---\nid: exam\n" + EverySetting.FRONT_MATTER + "---\n\nChapter 20: Quiz\n");
        assertThat(SourceFormat.NATIVE.read(written)).isEqualTo(quiz);
        assertThat(NativeWriter.write(SourceFormat.NATIVE.read(written))).isEqualTo(written);
        assertThat(SourceFormat.NATIVE.read(NativeWriter.write(SourceFormat.JSON.read(JsonWriter.write(quiz))))).isEqualTo(quiz);
    }

    @Test
    void shouldReadAndWriteAPoolsQuestionsAsNumbersAndRanges() {
        QuizSettings settings = SourceFormat.NATIVE.read("---\npool: mixed, draw 3 of 9-11, 2,5 , 20 - 22\n---\n" + Seed.TEXT).settings();

        assertThat(settings.pools()).containsExactly(new QuizSettings.Pool("mixed", 3, List.of(9, 10, 11, 2, 5, 20, 21, 22)));
        assertThat(PoolEntry.write(settings.pools().getFirst())).isEqualTo("mixed, draw 3 of 9-11, 2, 5, 20-22");
        assertThat(PoolEntry.write(new QuizSettings.Pool("two", 1, List.of(4, 5, 7, 6, 5 + 3)))).isEqualTo("two, draw 1 of 4, 5, 7, 6, 8");
    }

    static Stream<Arguments> brokenJsonSettings() {
        return Stream.of(
                Arguments.of("{\"timeLimitSeconds\": 0}", "settings.timeLimitSeconds", "from 1 to 604800"),
                Arguments.of("{\"timeLimitSeconds\": 604801}", "settings.timeLimitSeconds", "from 1 to 604800"),
                Arguments.of("{\"timeLimitSeconds\": 99999999999999999999}", "settings.timeLimitSeconds", "whole number of seconds"),
                Arguments.of("{\"timeLimitSeconds\": 12.5}", "settings.timeLimitSeconds", "whole number of seconds"),
                Arguments.of("{\"graceSeconds\": -1}", "settings.graceSeconds", "from 0 to 86400"),
                Arguments.of("{\"graceSeconds\": 86401}", "settings.graceSeconds", "from 0 to 86400"),
                Arguments.of("{\"graceSeconds\": null}", "settings.graceSeconds", "whole number of seconds"),
                Arguments.of("{\"shuffleQuestions\": \"yes\"}", "settings.shuffleQuestions", "true or false"),
                Arguments.of("{\"shuffleChoices\": 1}", "settings.shuffleChoices", "true or false"),
                Arguments.of("{\"openAt\": \"2026-12-07T09:00:00Z\", \"closeAt\": \"2026-12-07T09:00:00Z\"}", "settings.closeAt",
                        "must come after openAt"),
                Arguments.of("{\"openAt\": \"2026-12-08T09:00:00Z\", \"closeAt\": \"2026-12-07T09:00:00Z\"}", "settings.closeAt",
                        "must come after openAt"),
                Arguments.of("{\"openAt\": \"2026-12-07T09:00:00\"}", "settings.openAt", "RFC 3339 date-time with an offset"),
                Arguments.of("{\"closeAt\": \"2026-12-07\"}", "settings.closeAt", "RFC 3339"),
                Arguments.of("{\"closeAt\": \"2026-02-30T09:00:00Z\"}", "settings.closeAt", "RFC 3339"),
                Arguments.of("{\"openAt\": \"1969-12-31T23:59:59Z\"}", "settings.openAt", "from the year 1970 to 9999"),
                Arguments.of("{\"openAt\": \"2026-12-07T09:00:00.0000001Z\"}", "settings.openAt", "to the microsecond"),
                Arguments.of("{\"openAt\": 1765098000}", "settings.openAt", "RFC 3339"),
                Arguments.of("{\"review\": {\"afterSubmit\": \"score\"}}", "settings.review.afterClose", "afterClose is one of"),
                Arguments.of("{\"review\": {\"afterSubmit\": \"all\", \"afterClose\": \"full\"}}", "settings.review.afterSubmit",
                        "afterSubmit is one of"),
                Arguments.of("{\"review\": {\"afterSubmit\": \"full\", \"afterClose\": \"full\", \"later\": \"full\"}}",
                        "settings.review.later", "unknown field"),
                Arguments.of("{\"review\": 3}", "settings.review", "review is one of"),
                Arguments.of("{\"gradingMethod\": \"best\"}", "settings.gradingMethod", "highest, average, first, last"),
                Arguments.of("{\"maxAttempts\": 2}", "settings.maxAttempts", "needs anonymous set to false"),
                Arguments.of("{\"anonymous\": false, \"maxAttempts\": 0}", "settings.maxAttempts", "from 1"),
                Arguments.of("{\"pools\": {}}", "settings.pools", "pools is an array"),
                Arguments.of("{\"pools\": [3]}", "settings.pools[0]", "a pool is an object"),
                Arguments.of("{\"pools\": [{\"draw\": 1, \"questions\": [1]}]}", "settings.pools[0].name", "name is missing"),
                Arguments.of("{\"pools\": [{\"name\": \" \", \"draw\": 1, \"questions\": [1]}]}", "settings.pools[0].name", "is empty"),
                Arguments.of("{\"pools\": [{\"name\": \"a, b\", \"draw\": 1, \"questions\": [1]}]}", "settings.pools[0].name", "comma"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": [1]}, {\"name\": \"a\", \"draw\": 1, \"questions\": [2]}]}",
                        "settings.pools[1].name", "two pools are named 'a'"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 0, \"questions\": [1, 2]}]}", "settings.pools[0].draw",
                        "draws 0 of its 2 questions"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 3, \"questions\": [1, 2]}]}", "settings.pools[0].draw",
                        "draws 3 of its 2 questions"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": \"2\", \"questions\": [1, 2]}]}", "settings.pools[0].draw",
                        "draw is a whole number"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": []}]}", "settings.pools[0].questions",
                        "has no questions"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": [1, 26]}]}", "settings.pools[0].questions[1]",
                        "names question 26, and the quiz has questions 1 to 25"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": [0]}]}", "settings.pools[0].questions[0]",
                        "names question 0"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": [\"1\"]}]}", "settings.pools[0].questions[0]",
                        "a question number is a whole number"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": [1, 1]}]}", "settings.pools[0].questions[1]",
                        "names question 1 twice"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": [1, 2]}, {\"name\": \"b\", \"draw\": 1, \"questions\": [3, 2]}]}",
                        "settings.pools[1].questions[1]", "question 2 is in pool 'a' and in pool 'b'"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": [1], \"weight\": 2}]}", "settings.pools[0].weight",
                        "unknown field"),
                Arguments.of("{\"timeLimit\": 60}", "settings.timeLimit", "unknown field"));
    }

    @ParameterizedTest
    @MethodSource("brokenJsonSettings")
    void shouldRefuseEachBrokenSettingAtItsJsonPath(String settings, String path, String message) {
        assertThatThrownBy(() -> SourceFormat.JSON.read(json(settings))).isInstanceOfSatisfying(InvalidSourceException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(violation -> {
                    assertThat(violation.place()).isEqualTo(path);
                    assertThat(violation.message()).contains(message);
                }));
    }

    static Stream<Arguments> brokenFrontMatters() {
        return Stream.of(
                Arguments.of("anonymous: false\ntimeLimitSeconds: 0", 3, "from 1 to 604800"),
                Arguments.of("timeLimitSeconds: 604801", 2, "from 1 to 604800"),
                Arguments.of("timeLimitSeconds: 20 minutes", 2, "whole number of seconds"),
                Arguments.of("timeLimitSeconds: 1234567890123456789", 2, "whole number of seconds"),
                Arguments.of("graceSeconds: 86401", 2, "from 0 to 86400"),
                Arguments.of("graceSeconds: -1", 2, "whole number of seconds"),
                Arguments.of("shuffleQuestions: yes", 2, "shuffleQuestions is true or false"),
                Arguments.of("shuffleChoices: 1", 2, "shuffleChoices is true or false"),
                Arguments.of("openAt: 2026-12-08T09:00:00Z\ncloseAt: 2026-12-07T09:00:00Z", 3, "must come after openAt"),
                Arguments.of("closeAt: 2026-12-07T09:00:00Z\nopenAt: 2026-12-07T09:00:00Z", 2, "must come after openAt"),
                Arguments.of("openAt: 7 December 2026", 2, "RFC 3339"),
                Arguments.of("review: full\ncloseAt: 2026-12-07 09:00", 3, "RFC 3339"),
                Arguments.of("review: score until closed", 2, "as in 'score until closed, then full'"),
                Arguments.of("review: score until closed, then everything", 2, "review is one of"),
                Arguments.of("gradingMethod: best", 2, "highest, average, first, last"),
                Arguments.of("maxAttempts: 2", 2, "needs anonymous set to false"),
                Arguments.of("pool: easy", 2, "pool: NAME, draw N of QUESTIONS"),
                Arguments.of("pool: easy, draw two of 1, 2", 2, "pool: NAME, draw N of QUESTIONS"),
                Arguments.of("pool: , draw 1 of 1", 2, "the name of pool 1 is empty"),
                Arguments.of("pool: easy, draw 1 of 1\npool: easy, draw 1 of 2", 3, "two pools are named 'easy'"),
                Arguments.of("pool: easy, draw 0 of 1, 2", 2, "draws 0 of its 2 questions"),
                Arguments.of("review: full\npool: easy, draw 3 of 1, 2", 3, "draws 3 of its 2 questions"),
                Arguments.of("pool: easy, draw 1 of", 2, "has no questions"),
                Arguments.of("pool: easy, draw 1 of 1, x", 2, "numbers and ranges between commas"),
                Arguments.of("pool: easy, draw 1 of 5-3", 2, "the range 5-3 runs backwards"),
                Arguments.of("pool: easy, draw 1 of 1-999999999", 2, "a quiz has questions 1 to 500 at most"),
                Arguments.of("pool: easy, draw 1 of 24-26", 2, "names question 26, and the quiz has questions 1 to 25"),
                Arguments.of("pool: easy, draw 1 of 1, 1", 2, "names question 1 twice"),
                Arguments.of("pool: a, draw 1 of 1-3\npool: b, draw 1 of 3-5", 3, "question 3 is in pool 'a' and in pool 'b'"));
    }

    @ParameterizedTest
    @MethodSource("brokenFrontMatters")
    void shouldRefuseEachBrokenSettingAtItsLine(String frontMatter, int line, String message) {
        assertThatThrownBy(() -> SourceFormat.NATIVE.read("---\n" + frontMatter + "\n---\n" + Seed.TEXT))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.violations()).singleElement().satisfies(violation -> {
                    assertThat(violation.place()).isEqualTo("line " + line);
                    assertThat(violation.message()).contains(message);
                }));
    }

    @Test
    void shouldReportEveryBrokenSettingAtOnce() {
        String frontMatter = "---\ntimeLimitSeconds: 0\ngraceSeconds: 86401\npool: a, draw 5 of 1-3\nmaxAttempts: 4\n---\n";

        assertThatThrownBy(() -> SourceFormat.NATIVE.read(frontMatter + Seed.TEXT.replace("Question 2\n", "Question 3\n")))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.violations()).extracting(SourceViolation::place)
                        .containsExactly("line 5", "line 2", "line 3", "line 4", "line 24"));
    }

    @Test
    void shouldRefuseToKeepPoolsThatNameQuestionsAnEditDrops() {
        QuizDocument fiveQuestions = new QuizDocument(SEED.chapter(), SEED.title(), "", SEED.questions().subList(0, 5), List.of());

        assertThat(QuizRules.kept(EverySetting.SETTINGS, fiveQuestions)).containsExactly(
                new SourceViolation("settings.pools[1].questions[0]", "pool 'hard ones' names question 8, and the quiz has questions 1 to 5;"
                        + " the quiz keeps its settings, so state new ones or keep the question"),
                new SourceViolation("settings.pools[1].questions[1]", "pool 'hard ones' names question 6, and the quiz has questions 1 to 5;"
                        + " the quiz keeps its settings, so state new ones or keep the question"));
        assertThat(QuizRules.kept(EverySetting.SETTINGS, SEED)).isEmpty();
    }

    /** The seed as JSON with {@code settings}. */
    private static String json(String settings) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(JsonWriter.write(new QuizSource("exam", null, SEED)));
            return MAPPER.writeValueAsString(root.set("settings", MAPPER.readTree(settings)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("settings must be JSON", e);
        }
    }
}
