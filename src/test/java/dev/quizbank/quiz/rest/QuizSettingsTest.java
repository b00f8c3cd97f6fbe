package dev.quizbank.quiz.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.quizbank.quiz.format.EverySetting;
import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The attempt lifecycle's settings over HTTP: an author states every one in JSON or the native document,
 * GET /quizzes/{id} shows them and each export carries what its format can; each broken rule is a 422
 * naming its path or line, and stores nothing; an edit in GIFT keeps them.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class QuizSettingsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MARKDOWN_UTF8 = "text/markdown; charset=UTF-8";

    private static RequestSpecification author() {
        return given().header("Authorization", "Bearer " + Tokens.author("ada"));
    }

    private static String nativeQuiz(String id, String frontMatter) {
        return "---\nid: " + id + "\n" + frontMatter + "---\n" + Seed.TEXT;
    }

    /** The seed as JSON (chapter-20's export) under {@code id} with {@code settings}. */
    private static String jsonQuiz(String id, String settings) throws IOException {
        String seed = given().header("Authorization", "Bearer " + Tokens.admin("root")).accept("application/json")
                .when().get("/quizzes/chapter-20/source").then().statusCode(200).extract().asString();
        ObjectNode root = (ObjectNode) MAPPER.readTree(seed);
        root.put("id", id);
        root.set("settings", MAPPER.readTree(settings));
        return MAPPER.writeValueAsString(root);
    }

    private static String etag(String id) {
        return given().when().get("/quizzes/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void shouldPublishEverySettingInJsonAndShowIt() throws IOException {
        author().contentType("application/json").body(jsonQuiz("settings-json", EverySetting.JSON)).when().post("/quizzes")
                .then().statusCode(201)
                .body("settings.review.afterSubmit", equalTo("score"))
                .body("settings.timeLimitSeconds", equalTo(1200));

        given().when().get("/quizzes/settings-json").then().statusCode(200)
                .body("settings.review.afterSubmit", equalTo("score"))
                .body("settings.review.afterClose", equalTo("full"))
                .body("settings.anonymous", equalTo(false))
                .body("settings.maxAttempts", equalTo(3))
                .body("settings.timeLimitSeconds", equalTo(1200))
                .body("settings.graceSeconds", equalTo(30))
                .body("settings.shuffleQuestions", equalTo(true))
                .body("settings.shuffleChoices", equalTo(true))
                .body("settings.openAt", equalTo("2026-12-07T09:00:00Z"))
                .body("settings.closeAt", equalTo("2026-12-14T17:30:00Z"))
                .body("settings.pools.name", contains("easy", "hard ones"))
                .body("settings.pools.draw", contains(2, 1))
                .body("settings.pools[0].questions", contains(1, 2, 3, 4))
                .body("settings.pools[1].questions", contains(8, 6))
                .body("settings.gradingMethod", equalTo("average"))
                .body("settings", not(hasKey("owners")));
    }

    @Test
    void shouldPublishEverySettingInTheNativeDocumentAsJsonStatesThem() throws IOException {
        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("settings-native", EverySetting.FRONT_MATTER)).when().post("/quizzes")
                .then().statusCode(201);
        author().contentType("application/json").body(jsonQuiz("settings-native-json", EverySetting.JSON)).when().post("/quizzes")
                .then().statusCode(201);

        Object fromNative = given().when().get("/quizzes/settings-native").then().statusCode(200).extract().path("settings");
        Object fromJson = given().when().get("/quizzes/settings-native-json").then().statusCode(200).extract().path("settings");
        assertThat(fromNative).isEqualTo(fromJson);
        assertThat(fromNative).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("gradingMethod", "average").containsEntry("timeLimitSeconds", 1200);
    }

    @Test
    void shouldExportEverySettingInEachFormatThatCanStateIt() throws IOException {
        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("settings-export", EverySetting.FRONT_MATTER)).when().post("/quizzes")
                .then().statusCode(201);

        String markdown = author().accept("text/markdown").when().get("/quizzes/settings-export/source").then().statusCode(200)
                .extract().asString();
        assertThat(markdown).startsWith("---\nid: settings-export\n" + EverySetting.FRONT_MATTER + "---\n\nChapter 20: Quiz\n");

        String json = author().accept("application/json").when().get("/quizzes/settings-export/source").then().statusCode(200)
                .extract().asString();
        JsonNode settings = MAPPER.readTree(json).get("settings");
        assertThat(settings).isEqualTo(MAPPER.readTree(EverySetting.JSON));

        String tag = etag("settings-export");
        for (String[] export : new String[][] {{MARKDOWN_UTF8, markdown}, {"application/json", json}}) {
            author().contentType(export[0]).header("If-Match", tag).body(export[1]).when().put("/quizzes/settings-export")
                    .then().statusCode(200).body("version", equalTo(1));
        }

        Map<String, String> qti = unzip(author().accept("application/zip").when().get("/quizzes/settings-export/source")
                .then().statusCode(200).extract().asByteArray());
        assertThat(qti.get("assessment.xml"))
                .contains("<qti-time-limits max-time=\"1200\" allow-late-submission=\"true\"/>")
                .contains("<qti-ordering shuffle=\"true\"/>")
                .contains("title=\"easy\" visible=\"false\"", "<qti-selection select=\"2\"/>")
                .contains("title=\"hard ones\" visible=\"false\"", "<qti-selection select=\"1\"/>");
        assertThat(qti.get("items/q001.xml")).contains("shuffle=\"true\"");

        author().accept("text/x-gift").when().get("/quizzes/settings-export/source").then().statusCode(200)
                .body(startsWith("// Quizbank quiz settings-export: "));
        author().accept("application/xml").when().get("/quizzes/settings-export/source").then().statusCode(200)
                .body(containsString("<quiz>"));
    }

    static Stream<Arguments> brokenJsonSettings() {
        return Stream.of(
                Arguments.of("{\"timeLimitSeconds\": 0}", "settings.timeLimitSeconds"),
                Arguments.of("{\"timeLimitSeconds\": 604801}", "settings.timeLimitSeconds"),
                Arguments.of("{\"graceSeconds\": -1}", "settings.graceSeconds"),
                Arguments.of("{\"graceSeconds\": 86401}", "settings.graceSeconds"),
                Arguments.of("{\"openAt\": \"2026-12-07T09:00:00Z\", \"closeAt\": \"2026-12-07T08:00:00Z\"}", "settings.closeAt"),
                Arguments.of("{\"openAt\": \"tomorrow\"}", "settings.openAt"),
                Arguments.of("{\"review\": {\"afterSubmit\": \"full\"}}", "settings.review.afterClose"),
                Arguments.of("{\"maxAttempts\": 2}", "settings.maxAttempts"),
                Arguments.of("{\"gradingMethod\": \"best\"}", "settings.gradingMethod"),
                Arguments.of("{\"pools\": [{\"name\": \"\", \"draw\": 1, \"questions\": [1]}]}", "settings.pools[0].name"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": [1]}, {\"name\": \"a\", \"draw\": 1, \"questions\": [2]}]}",
                        "settings.pools[1].name"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 0, \"questions\": [1]}]}", "settings.pools[0].draw"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": [1]}, {\"name\": \"b\", \"draw\": 3, \"questions\": [2, 3]}]}",
                        "settings.pools[1].draw"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": []}]}", "settings.pools[0].questions"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": [25, 26]}]}", "settings.pools[0].questions[1]"),
                Arguments.of("{\"pools\": [{\"name\": \"a\", \"draw\": 1, \"questions\": [1, 2]}, {\"name\": \"b\", \"draw\": 1, \"questions\": [2]}]}",
                        "settings.pools[1].questions[0]"));
    }

    @ParameterizedTest
    @MethodSource("brokenJsonSettings")
    void shouldRefuseEachBrokenSettingInJsonAtItsPathAndStoreNothing(String settings, String path) throws IOException {
        author().contentType("application/json").body(jsonQuiz("settings-broken-json", settings)).when().post("/quizzes")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("violations.field", contains(path))
                .body("violations[0].in", equalTo("body"));
        given().when().get("/quizzes/settings-broken-json").then().statusCode(404);
    }

    static Stream<Arguments> brokenFrontMatters() {
        return Stream.of(
                Arguments.of("timeLimitSeconds: 0\n", "line 3"),
                Arguments.of("review: full\ntimeLimitSeconds: 604801\n", "line 4"),
                Arguments.of("graceSeconds: 86401\n", "line 3"),
                Arguments.of("openAt: 2026-12-07T09:00:00Z\ncloseAt: 2026-12-07T09:00:00Z\n", "line 4"),
                Arguments.of("openAt: 2026-12-07\n", "line 3"),
                Arguments.of("review: score until closed\n", "line 3"),
                Arguments.of("maxAttempts: 2\n", "line 3"),
                Arguments.of("gradingMethod: best\n", "line 3"),
                Arguments.of("pool: , draw 1 of 1\n", "line 3"),
                Arguments.of("pool: a, draw 1 of 1\npool: a, draw 1 of 2\n", "line 4"),
                Arguments.of("pool: a, draw 0 of 1\n", "line 3"),
                Arguments.of("pool: a, draw 3 of 1, 2\n", "line 3"),
                Arguments.of("pool: a, draw 1 of\n", "line 3"),
                Arguments.of("pool: a, draw 1 of 20-26\n", "line 3"),
                Arguments.of("pool: a, draw 1 of 1-3\npool: b, draw 1 of 3\n", "line 4"));
    }

    @ParameterizedTest
    @MethodSource("brokenFrontMatters")
    void shouldRefuseEachBrokenSettingInTheNativeDocumentAtItsLineAndStoreNothing(String frontMatter, String line) {
        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("settings-broken-native", frontMatter)).when().post("/quizzes")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("violations.field", contains(line));
        given().when().get("/quizzes/settings-broken-native").then().statusCode(404);
    }

    @Test
    void shouldKeepEverySettingWhenEditingInGiftOrWithoutSettings() {
        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("settings-gift", EverySetting.FRONT_MATTER)).when().post("/quizzes")
                .then().statusCode(201);
        Object stated = given().when().get("/quizzes/settings-gift").then().extract().path("settings");
        String gift = author().accept("text/x-gift").when().get("/quizzes/settings-gift/source").asString()
                .replace("Which Python HTTP library", "Which library");

        author().contentType("text/x-gift; charset=UTF-8").header("If-Match", etag("settings-gift")).body(gift)
                .when().put("/quizzes/settings-gift").then().statusCode(200).body("version", equalTo(2));
        assertThat(given().when().get("/quizzes/settings-gift").then().extract().<Object>path("settings")).isEqualTo(stated);
        assertThat(author().accept("text/markdown").when().get("/quizzes/settings-gift/source").asString())
                .startsWith("---\nid: settings-gift\n" + EverySetting.FRONT_MATTER + "---\n");

        author().contentType(MARKDOWN_UTF8).header("If-Match", etag("settings-gift")).body(Seed.TEXT.replace("Which Python", "Which"))
                .when().put("/quizzes/settings-gift").then().statusCode(200).body("version", equalTo(3));
        assertThat(given().when().get("/quizzes/settings-gift").then().extract().<Object>path("settings")).isEqualTo(stated);
    }

    @Test
    void shouldRefuseAnEditThatKeepsPoolsButDropsTheirQuestions() {
        author().contentType(MARKDOWN_UTF8).body(nativeQuiz("settings-dropped", EverySetting.FRONT_MATTER)).when().post("/quizzes")
                .then().statusCode(201);
        String gift = author().accept("text/x-gift").when().get("/quizzes/settings-dropped/source").asString();
        String firstFive = gift.substring(0, gift.indexOf("\n::Q6:: ") + 1);

        author().contentType("text/x-gift; charset=UTF-8").header("If-Match", etag("settings-dropped")).body(firstFive)
                .when().put("/quizzes/settings-dropped").then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("settings.pools[1].questions[0]", "settings.pools[1].questions[1]"))
                .body("violations[0].message", startsWith("pool 'hard ones' names question 8, and the quiz has questions 1 to 5"));
        given().when().get("/quizzes/settings-dropped").then().statusCode(200).body("version", equalTo(1)).body("questionCount", equalTo(25));
        assertThat(JsonPath.from(author().when().get("/quizzes/settings-dropped/versions").asString()).getList("version"))
                .containsExactly(1);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsKeys("imsmanifest.xml", "assessment.xml");
        return entries;
    }
}
