package dev.quizbank.attempt.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A quiz of every question type over HTTP against PostgreSQL: authored as JSON, stored and read back unchanged,
 * delivered without its key, taken, graded under each review setting, stored compactly and read back.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class QuestionTypesResourceTest {

    private static final String SHEET = """
            {"quizId": "%s", "answers": [
              {"question": 1, "choice": "b"}, {"question": 2, "choices": ["a", "B"]}, {"question": 3, "choices": ["A", "C"]},
              {"question": 4, "choices": ["A"]}, {"question": 5, "value": false}, {"question": 6, "text": "  paris "},
              {"question": 7, "number": 3.2}, {"question": 8, "pairs": {"fr": "paris", "de": "rome"}},
              {"question": 9, "order": ["cat", "ant", "cow"]}]}""";

    @Inject
    DataSource dataSource;

    private static String source(String id, String review) {
        try (InputStream in = QuestionTypesResourceTest.class.getResourceAsStream("/question-types/every-type.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"every-type\"", "\"" + id + "\"")
                    .replace("\"review\" : \"full\"", "\"review\" : \"" + review + "\"");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void publish(String id, String review) {
        given().header("Authorization", "Bearer " + Tokens.author("ada")).contentType("application/json")
                .body(source(id, review)).when().post("/quizzes").then().statusCode(201)
                .body("maxScore", equalTo(9.75f)).body("questionCount", equalTo(9));
    }

    private static Response submit(String id) {
        return given().contentType("application/json").body(SHEET.formatted(id)).when().post("/attempts");
    }

    @Test
    void shouldKeepEveryTypeThroughStorageAndGiveTheSourceBackUnchanged() {
        publish("types-source", "full");

        String stored = given().header("Authorization", "Bearer " + Tokens.author("ada")).accept("application/json")
                .when().get("/quizzes/types-source/source").then().statusCode(200).extract().asString();

        assertThat(stored).isEqualTo(source("types-source", "full"));
    }

    @Test
    void shouldDeliverEveryTypeWithoutItsKey() {
        publish("types-delivery", "full");

        Response delivered = given().when().get("/quizzes/types-delivery/questions");

        delivered.then().statusCode(200)
                .body("questions.type", contains("single", "multiple", "multiple", "multiple", "trueFalse", "shortText",
                        "numeric", "matching", "ordering"))
                .body("questions[3].points", equalTo(1.5f))
                .body("questions[0].choices[0]", equalTo(java.util.Map.of("key", "A", "text", "Mars")))
                .body("questions[7].stems.key", contains("fr", "de"))
                .body("questions[7].options.key", not(contains("paris", "berlin", "rome")))
                .body("questions[7].options", hasSize(3))
                .body("questions[8].items.key", not(contains("ant", "cat", "cow")))
                .body("questions[8].items", hasSize(3));
        String everything = delivered.getHeaders() + "\n" + delivered.asString();
        for (String secret : List.of("correct", "answer", "fraction", "feedback", "pairs", "scoring", "explanation",
                "caseSensitive", "tolerance", "3.14", "Mars is small", "It is a star", "Right.", "Close.", "Par*")) {
            assertThat(everything).as("the delivery shows %s", secret).doesNotContain(secret);
        }
        assertThat(given().when().get("/quizzes/types-delivery/questions").asString()).as("the same order on every read")
                .isEqualTo(delivered.asString());
    }

    @Test
    void shouldGradeEveryTypeAndReadTheAttemptBackAsGraded() throws SQLException {
        publish("types-full", "full");

        Response graded = submit("types-full");

        graded.then().statusCode(201)
                .body("score", equalTo(6.0417f)).body("maxScore", equalTo(9.75f)).body("percent", equalTo(62.0f))
                .body("answered", equalTo(9)).body("level", equalTo("Expert"))
                .body("results.fraction", contains(1, 1, 0, 0.5f, 0, 1, 0.5f, 0.5f, 0.6667f))
                .body("results.points", contains(1, 2, 0, 0.75f, 0, 1, 0.125f, 0.5f, 0.6667f))
                .body("results.maxPoints", contains(1, 2, 1, 1.5f, 1, 1, 0.25f, 1, 1))
                .body("results.correct", contains(true, true, false, false, false, true, false, false, false))
                .body("results[0].chosen", equalTo("B")).body("results[0].correctChoice", equalTo("B"))
                .body("results[1].chosen", nullValue()).body("results[1].response.choices", contains("A", "B"))
                .body("results[1].correctChoices", contains("A", "B"))
                .body("results[4].correctValue", equalTo(true)).body("results[4].feedback", contains("It is a star."))
                .body("results[5].acceptedAnswer", equalTo("Paris")).body("results[5].feedback", contains("Right."))
                .body("results[6].response.number", equalTo("3.2"))
                .body("results[6].correctNumber.value", equalTo("3.14")).body("results[6].correctNumber.tolerance", equalTo("0.005"))
                .body("results[6].feedback", contains("Close."))
                .body("results[7].correctPairs.de", equalTo("berlin")).body("results[7].response.pairs.de", equalTo("rome"))
                .body("results[8].correctOrder", contains("ant", "cat", "cow"))
                .body("results[8].explanation", equalTo("Ant, cat, cow."));
        assertThat(graded.asString()).contains("\"score\":6.0417,\"maxScore\":9.75,");
        String id = graded.jsonPath().getString("id");

        given().when().get("/attempts/" + id).then().statusCode(200);
        assertThat(given().when().get("/attempts/" + id).asString()).isEqualTo(graded.asString());
        assertThat(Sql.count(dataSource, "select pg_column_size(a.*) from quizbank.attempt a where id = '" + id + "'"))
                .as("the row of a 9-question mixed attempt").isLessThan(200);
    }

    /** A single-choice quiz's result gains only the new fields; whole scores stay whole JSON numbers, rows stay small. */
    @Test
    void shouldKeepChapter20sResultsAsTheyWereApartFromTheNewFields() throws SQLException {
        Response graded = given().contentType("application/json").body("""
                {"quizId": "chapter-20", "answers": [{"question": 1, "choice": "c"}, {"question": 2, "choice": "A"}]}""")
                .when().post("/attempts");

        graded.then().statusCode(201);
        assertThat(graded.asString()).contains("\"score\":1,\"maxScore\":25,\"percent\":4.0,\"answered\":2,")
                .contains("{\"question\":1,\"chosen\":\"C\",\"response\":{\"choice\":\"C\"},\"fraction\":1,\"points\":1,"
                        + "\"maxPoints\":1,\"correct\":true,\"correctChoice\":\"C\",\"explanation\":")
                .contains("{\"question\":3,\"chosen\":null,\"fraction\":0,\"points\":0,\"maxPoints\":1,\"correct\":false,"
                        + "\"correctChoice\":");
        String id = graded.jsonPath().getString("id");
        assertThat(Sql.count(dataSource, "select pg_column_size(a.*) from quizbank.attempt a where id = '" + id + "'"))
                .as("a chapter-20 attempt row").isLessThanOrEqualTo(512);
        assertThat(Sql.count(dataSource, "select count(*) from quizbank.attempt where id = '" + id + "' and responses is null"))
                .isOne();
    }

    @Test
    void shouldShowOnlyFractionsUnderCorrectnessAndOnlyTheScoreUnderScore() {
        publish("types-marks-only", "correctness");
        publish("types-score", "score");

        JsonPath correctness = submit("types-marks-only").then().statusCode(201).extract().jsonPath();
        String score = submit("types-score").then().statusCode(201).extract().asString();

        assertThat(correctness.getList("results.fraction")).hasSize(9);
        for (String field : List.of("correctChoice", "correctChoices", "correctValue", "acceptedAnswer", "correctNumber",
                "correctPairs", "correctOrder", "feedback", "explanation")) {
            assertThat(correctness.getList("results." + field)).as(field).containsOnlyNulls();
        }
        assertThat(score).contains("\"score\":6.0417").doesNotContain("results");
    }

    @Test
    void shouldRefuseEveryWrongShapeAndStoreNothing() throws SQLException {
        publish("types-refused", "full");
        long before = Sql.count(dataSource, "select count(*) from quizbank.attempt where quiz_id = 'types-refused'");

        given().contentType("application/json").body("""
                {"quizId": "types-refused", "answers": [
                  {"question": 1, "choices": ["B"]}, {"question": 2, "choices": ["A", "a"]}, {"question": 3, "choices": ["Q"]},
                  {"question": 7, "number": "3,14"}, {"question": 8, "pairs": {"it": "rome"}},
                  {"question": 9, "order": ["ant", "cat"]}, {"question": 5, "choice": "A"}]}""")
                .when().post("/attempts").then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("answers[0].choices", "answers[1].choices[1]", "answers[2].choices[0]",
                        "answers[3].number", "answers[4].pairs.it", "answers[5].order", "answers[6].choice"))
                .body("violations[3].message", equalTo("'3,14' is not a decimal such as \"3.14\" (at most 15 digits before and"
                        + " after the point)"));

        given().contentType("application/json").body("""
                {"quizId": "types-refused", "answers": [{"question": 5}, {"question": 6, "text": "x", "number": "1"}]}""")
                .when().post("/attempts").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("answers[0]", "answers[1].number"));

        assertThat(Sql.count(dataSource, "select count(*) from quizbank.attempt where quiz_id = 'types-refused'")).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnAuthoredQuestionThatBreaksTheRulesOfItsType() {
        given().header("Authorization", "Bearer " + Tokens.author("ada")).contentType("application/json")
                .body(source("types-broken", "full").replace("\"min\" : \"3\"", "\"min\" : \"4\""))
                .when().post("/quizzes").then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("questions[6].answers[1].min"));
        given().when().get("/quizzes/types-broken").then().statusCode(404);
    }
}
