package dev.quizbank.statistics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;

/**
 * The statistics of a quiz of every type with partial credit over HTTP, against figures worked out by hand for
 * three attempts (points earned per question):
 * <pre>
 *             Q1 (2 pts)  Q2    Q3    Q4      Q5  Q6   T
 * attempt 1   2 (A,B)     1     1     1       1   1    7
 * attempt 2   0 (A,C)     1     0.5   0.3333  0   1    2.8333
 * attempt 3   1 (A)       0.5   0     0.3333  1   0    2.8333
 * </pre>
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class MixedStatisticsResourceTest {

    private static final String AUTHOR = Tokens.author("mixed-stats-author");

    private static boolean posted;

    @BeforeEach
    void quizAndAttempts() throws IOException {
        if (posted) {
            return;
        }
        posted = true;
        String source;
        try (InputStream in = MixedStatisticsResourceTest.class.getResourceAsStream("/statistics/mixed-stats.json")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        author().contentType(ContentType.JSON).body(source).when().post("/quizzes").then().statusCode(201);
        post("""
                {"question":1,"choices":["A","B"]},{"question":2,"text":"Paris"},
                {"question":3,"pairs":{"s1":"o1","s2":"o2"}},{"question":4,"order":["A","B","C"]},
                {"question":5,"value":true},{"question":6,"number":"3.14"}""");
        post("""
                {"question":1,"choices":["A","C"]},{"question":2,"text":"  paris "},
                {"question":3,"pairs":{"s1":"o1","s2":"o3"}},{"question":4,"order":["A","C","B"]},
                {"question":5,"value":false},{"question":6,"number":"3.140"}""");
        post("""
                {"question":1,"choices":["A"]},{"question":2,"text":"Lyon"},
                {"question":4,"order":["C","B","A"]},{"question":5,"value":true},{"question":6,"number":"2"}""");
    }

    private static void post(String answers) {
        given().contentType(ContentType.JSON).body("{\"quizId\":\"mixed-stats\",\"answers\":[" + answers + "]}")
                .when().post("/attempts").then().statusCode(201);
    }

    private static RequestSpecification author() {
        return given().header("Authorization", "Bearer " + AUTHOR);
    }

    @Test
    void shouldGiveTheFiguresAndTheDetailOfEveryType() {
        author().config(RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE)))
                .accept(ContentType.JSON).when().get("/quizzes/mixed-stats/statistics").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("attempts", equalTo(3))
                .body("score.mean", closeTo(12.6666 / 3, 1e-12))
                .body("score.median", closeTo(2.8333, 1e-12))
                .body("score.min", equalTo(2.8333))
                .body("score.max", equalTo(7))
                .body("score.histogram.score", contains(2.8333, 7))
                .body("score.histogram.count", contains(2, 1))
                // Q1: x/m = 1, 0, 0.5
                .body("questions[0].facility", closeTo(0.5, 1e-12))
                .body("questions[0].sd", closeTo(0.5, 1e-12))
                .body("questions[0].facilityLow", closeTo(0.0, 0))
                .body("questions[0].facilityHigh", closeTo(1.0, 0))
                .body("questions[0].discriminativeEfficiency", nullValue())
                .body("questions[0].choices.key", contains("A", "B", "C"))
                .body("questions[0].choices.correct", contains(true, true, false))
                .body("questions[0].choices.count", contains(3, 1, 1))
                .body("questions[0].responses", nullValue())
                .body("questions[0].placements", nullValue())
                // Q2: normalised, most frequent first, then in code point order
                .body("questions[1].facility", closeTo(2.5 / 3, 1e-12))
                .body("questions[1].choices", empty())
                .body("questions[1].responses.response", contains("Lyon", "Paris", "paris"))
                .body("questions[1].responses.count", contains(1, 1, 1))
                .body("questions[1].responses.fraction", contains(0.5, 1, 1))
                .body("questions[1].otherResponses", equalTo(0))
                .body("questions[1].randomGuessScore", nullValue())
                // Q3 per stem, Q4 per item: placed correctly
                .body("questions[2].facility", closeTo(0.5, 1e-12))
                .body("questions[2].placements.key", contains("s1", "s2"))
                .body("questions[2].placements.count", contains(2, 1))
                .body("questions[2].randomGuessScore", closeTo(1.0 / 3, 1e-15))
                .body("questions[3].facility", closeTo((1 + 0.3333 + 0.3333) / 3, 1e-12))
                .body("questions[3].placements.key", contains("A", "B", "C"))
                .body("questions[3].placements.count", contains(2, 2, 1))
                .body("questions[3].placements.proportion[2]", closeTo(1.0 / 3, 1e-15))
                .body("questions[3].randomGuessScore", closeTo(1.0 / 3, 1e-15))
                // Q5 two choices; every x is 0 or m, so Wilson's interval of 2 in 3
                .body("questions[4].choices.key", contains("true", "false"))
                .body("questions[4].choices.correct", contains(true, false))
                .body("questions[4].choices.count", contains(2, 1))
                .body("questions[4].facility", closeTo(2.0 / 3, 1e-12))
                .body("questions[4].facilityLow", closeTo(0.20765960080204768, 1e-12))
                .body("questions[4].facilityHigh", closeTo(0.9385080552796037, 1e-12))
                .body("questions[4].randomGuessScore", closeTo(0.5, 0))
                // Q6 numbers as exact decimals without trailing zeros
                .body("questions[5].responses.response", contains("3.14", "2"))
                .body("questions[5].responses.count", contains(2, 1))
                .body("questions[5].responses.fraction", contains(1, 0));
    }

    @Test
    void shouldWriteEveryTypeInTheCsvAndDrawIt() {
        author().accept("text/csv").when().get("/quizzes/mixed-stats/statistics").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(containsString("\r\n2,0.8333333333333334,"))
                .body(containsString(",Lyon,false,1,,\r\n"))
                .body(containsString(",s1,,2,0.6666666666666666,\r\n"))
                .body(containsString(",true,true,2,0.6666666666666666,"));
        author().when().get("/quizzes/mixed-stats/statistics/items").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).body(containsString("Question 6"));
        author().when().get("/quizzes/mixed-stats/statistics/histogram").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).body(containsString("data-score=\"2.8333\""));
    }
}
