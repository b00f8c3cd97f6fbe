package dev.quizbank.attempt.rest;

import static dev.quizbank.support.Sheets.PROBLEM_JSON;
import static dev.quizbank.support.Sheets.perfectSheet;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.quizbank.quiz.service.QuizPublisher;
import dev.quizbank.support.Seed;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(TestDatabase.class)
class AttemptResourceTest {

    @Inject
    DataSource dataSource;

    @Inject
    QuizPublisher publisher;


    static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/attempts");
    }

    @Test
    void shouldGradeAPerfectSheetWithExplanationsByteEqualToTheSource() {
        JsonPath result = post(perfectSheet())
            .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", notNullValue())
                // Written once, with its length, not in chunks (quarkus.rest.output-buffer-size).
                .header("Content-Length", notNullValue())
                .header("Transfer-Encoding", nullValue())
                .body("quizId", equalTo("chapter-20"))
                .body("quizVersion", equalTo(1))
                .body("score", equalTo(25))
                .body("maxScore", equalTo(25))
                .body("percent", equalTo(100.0f))
                .body("answered", equalTo(25))
                .body("level", equalTo("Expert"))
                .body("recommendation", equalTo("You have a strong grasp of API integration patterns. Proceed to advanced exercises."))
                .body("results", hasSize(25))
                .extract().jsonPath();
        assertThat(result.getString("submittedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(UUID.fromString(result.getString("id")).version()).isEqualTo(4);
        for (int i = 0; i < 25; i++) {
            Seed.SeedQuestion q = Seed.QUESTIONS.get(i);
            assertThat(result.getMap("results[" + i + "]")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "question", q.number(), "chosen", q.correct(), "response", Map.of("choice", q.correct()),
                    "fraction", 1, "points", 1, "maxPoints", 1, "correct", true,
                    "correctChoice", q.correct(), "explanation", q.explanation()));
        }
    }

    @Test
    void shouldGradeAnEmptySheetAsNeedsReview() {
        post("{\"quizId\":\"chapter-20\",\"answers\":[]}")
            .then()
                .statusCode(201)
                .body("score", equalTo(0))
                .body("percent", equalTo(0.0f))
                .body("answered", equalTo(0))
                .body("level", equalTo("Needs Review"))
                .body("results", hasSize(25))
                .body("results[0].chosen", nullValue())
                .body("results[0].correct", equalTo(false))
                .body("results[0].correctChoice", equalTo("C"));
    }

    @Test
    void shouldReadAnAttemptBackExactlyAsPosted() {
        Response posted = post("{\"quizId\":\"chapter-20\",\"quizVersion\":1,\"answers\":[{\"question\":1,\"choice\":\"c\"},"
                + "{\"question\":2,\"choice\":\"a\"}]}");
        posted.then().statusCode(201).body("score", equalTo(1)).body("percent", equalTo(4.0f)).body("answered", equalTo(2));
        String location = posted.header("Location");
        assertThat(location).isEqualTo("/attempts/" + posted.jsonPath().getString("id"));

        given().when().get(location).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body(equalTo(posted.asString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/attempts/3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d", "/attempts/not-a-uuid", "/attempts/1"})
    void shouldNotFindUnknownAttempts(String path) {
        given().when().get(path).then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404))
                .body("detail", containsString("no attempt"));
    }

    @Test
    void shouldGradeAgainstTheRequestedVersion() {
        publisher.publish("graded-versions", Seed.TEXT);
        String changedKey = Seed.TEXT.replace("Answer **C) `httpx`**", "Answer **D) `aiohttp`**");
        assertThat(publisher.publish("graded-versions", changedKey)).isEqualTo(2);
        String sheet = "\"answers\":[{\"question\":1,\"choice\":\"C\"}]}";

        post("{\"quizId\":\"graded-versions\",\"quizVersion\":1," + sheet).then()
                .statusCode(201).body("quizVersion", equalTo(1)).body("score", equalTo(1))
                .body("results[0].correctChoice", equalTo("C"));
        String v2 = post("{\"quizId\":\"graded-versions\",\"quizVersion\":2," + sheet).then()
                .statusCode(201).body("quizVersion", equalTo(2)).body("score", equalTo(0))
                .body("results[0].correctChoice", equalTo("D"))
                .extract().asString();
        post("{\"quizId\":\"graded-versions\"," + sheet).then()
                .statusCode(201).body("quizVersion", equalTo(2)).body("score", equalTo(0));

        String v1Location = post("{\"quizId\":\"graded-versions\",\"quizVersion\":1," + sheet).header("Location");
        assertThat(publisher.publish("graded-versions", changedKey.replace("Which Python", "Which"))).isEqualTo(3);
        given().when().get(v1Location).then().statusCode(200).body("quizVersion", equalTo(1)).body("score", equalTo(1));
        assertThat(v2).contains("\"quizVersion\":2");
    }

    @Test
    void shouldGradeAThousandRandomSheetsLikeAnIndependentGrader() {
        Random random = new Random(20);
        List<String> keys = List.of("A", "B", "C", "D", "a", "b", "c", "d");
        for (int n = 0; n < 1000; n++) {
            List<String> answers = new ArrayList<>();
            int expectedScore = 0;
            List<String> expectedChosen = new ArrayList<>();
            for (Seed.SeedQuestion q : Seed.QUESTIONS) {
                if (random.nextInt(5) == 0) {
                    expectedChosen.add(null);
                    continue;
                }
                String choice = keys.get(random.nextInt(keys.size()));
                answers.add("{\"question\":" + q.number() + ",\"choice\":\"" + choice + "\"}");
                expectedChosen.add(choice.toUpperCase());
                expectedScore += q.correct().equalsIgnoreCase(choice) ? 1 : 0;
            }
            Collections.shuffle(answers, random);
            int score = expectedScore;
            Seed.SeedBand band = Seed.BANDS.stream().filter(b -> b.min() <= score && score <= b.max()).findFirst().orElseThrow();
            double percent = Math.round(score * 1000.0 / 25) / 10.0;

            JsonPath result = post("{\"quizId\":\"chapter-20\",\"answers\":[" + String.join(",", answers) + "]}")
                    .then().statusCode(201).extract().jsonPath();
            assertThat(result.getInt("score")).isEqualTo(score);
            assertThat(result.getDouble("percent")).isEqualTo(percent);
            assertThat(result.getInt("answered")).isEqualTo(answers.size());
            assertThat(result.getString("level") + " " + result.getString("recommendation")).isEqualTo(band.rest());
            assertThat(result.getList("results.chosen")).isEqualTo(expectedChosen);
            assertThat(result.getList("results.correctChoice"))
                    .isEqualTo(Seed.QUESTIONS.stream().map(Seed.SeedQuestion::correct).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json",
            "{\"quizId\":\"chapter-20\",\"answers\":[]",
            "{\"quizId\":\"chapter-20\",\"answers\":[]} trailing",
            "[]",
            "{\"answers\":[]}",
            "{\"quizId\":\"chapter-20\"}",
            "{\"quizId\":7,\"answers\":[]}",
            "{\"quizId\":\"chapter-20\",\"quizVersion\":\"1\",\"answers\":[]}",
            "{\"quizId\":\"chapter-20\",\"answers\":{}}",
            "{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":\"1\",\"choice\":\"A\"}]}",
            "{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1.5,\"choice\":\"A\"}]}",
            "{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":3}]}",
            "{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1}]}",
            "{\"quizId\":\"chapter-20\",\"answers\":[null]}",
            ""})
    void shouldRefuseMalformedSheetsWith400AndStoreNothing(String body) throws SQLException {
        long before = attempts();
        Response response = post(body);
        response.then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("type", equalTo("/problems/invalid-request"))
                .body("detail", notNullValue())
                .body("violations.size()", greaterThan(0));
        assertThat(response.asString()).doesNotContain("java.", "Exception", "dev.quizbank", "at line");
        assertThat(attempts()).isEqualTo(before);
    }

    @Test
    void shouldNameTheOffendingFieldOfA400() {
        post("{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"A\"},{\"question\":\"two\",\"choice\":\"A\"}]}")
            .then().statusCode(400)
            .body("violations[0].field", equalTo("answers[1].question"))
            .body("violations[0].message", equalTo("must be a whole number"));
        post("{\"answers\":[{\"question\":1}, null]}")
            .then().statusCode(400)
            .body("violations.field", containsInAnyOrder("quizId", "answers[0]", "answers[1]"));
    }

    @Test
    void shouldRefuseSheetsThatDoNotFitTheQuizWith422NamingEveryEntry() throws SQLException {
        long before = attempts();
        post("{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"C\"},{\"question\":26,\"choice\":\"A\"},"
                + "{\"question\":3,\"choice\":\"E\"},{\"question\":1,\"choice\":\"c\"}]}")
            .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(422))
                .body("violations.field", equalTo(List.of("answers[1].question", "answers[2].choice", "answers[3].question")));
        post("{\"quizId\":\"chapter-99\",\"answers\":[]}")
            .then().statusCode(422).body("violations.field", equalTo(List.of("quizId")));
        post("{\"quizId\":\"chapter-20\",\"quizVersion\":42,\"answers\":[]}")
            .then().statusCode(422).body("violations.field", equalTo(List.of("quizVersion")));
        assertThat(attempts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseOtherMediaTypesWith415() throws SQLException {
        long before = attempts();
        given().contentType("text/plain").body(perfectSheet())
            .when().post("/attempts")
            .then().statusCode(415).contentType(PROBLEM_JSON).body("status", equalTo(415));
        assertThat(attempts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseBodiesOverTheLimitWith413() throws SQLException {
        long before = attempts();
        String huge = "{\"quizId\":\"" + "x".repeat(70_000) + "\",\"answers\":[]}";
        post(huge).then().statusCode(413).contentType(PROBLEM_JSON).body("status", equalTo(413))
                .body("detail", containsString("65536"));
        given().contentType(ContentType.JSON).body(new ByteArrayInputStream(huge.getBytes()))
            .when().post("/attempts")
            .then().statusCode(413).contentType(PROBLEM_JSON);
        assertThat(attempts()).isEqualTo(before);
    }

    private long attempts() throws SQLException {
        return Sql.count(dataSource, "select count(*) from quizbank.attempt");
    }
}
