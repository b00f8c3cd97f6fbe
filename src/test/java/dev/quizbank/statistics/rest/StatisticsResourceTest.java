package dev.quizbank.statistics.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import dev.quizbank.quiz.service.QuizPublisher;
import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * GET /quizzes/{id}/statistics over HTTP: roles, attempt selection, formats and ETags. The figures
 * themselves are checked against an independent computation in the engine's own tests.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class StatisticsResourceTest {

    private static final String QUIZ = "stats-quiz";
    /** The quiz is published as a bundled one is: no author owns it, role admin manages it. */
    private static final String ADMIN = Tokens.admin("stats-admin");

    @Inject
    QuizPublisher publisher;

    private static boolean posted;

    @BeforeEach
    void attempts() {
        publisher.publish(QUIZ, Seed.TEXT);
        if (posted) {
            return;
        }
        posted = true;
        post(Tokens.learner("stats-ann"), allCorrect());
        post(Tokens.learner("stats-ann"), "[]");
        post(Tokens.learner("stats-ben"), "[{\"question\":1,\"choice\":\"A\"}]");
        post(null, "[{\"question\":1,\"choice\":\"" + Seed.QUESTIONS.get(0).correct() + "\"}]");
    }

    private static String allCorrect() {
        StringBuilder answers = new StringBuilder();
        for (Seed.SeedQuestion q : Seed.QUESTIONS) {
            answers.append(answers.length() == 0 ? "[" : ",").append("{\"question\":").append(q.number())
                    .append(",\"choice\":\"").append(q.correct()).append("\"}");
        }
        return answers.append("]").toString();
    }

    private static void post(String token, String answers) {
        RequestSpecification request = token == null ? given() : given().header("Authorization", "Bearer " + token);
        request.contentType(ContentType.JSON).body("{\"quizId\":\"" + QUIZ + "\",\"answers\":" + answers + "}")
            .when().post("/attempts").then().statusCode(201);
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + ADMIN);
    }

    @Test
    void shouldServeOwnersAndAdminsOnly() {
        given().when().get("/quizzes/" + QUIZ + "/statistics").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer " + Tokens.learner("stats-ann")).when().get("/quizzes/" + QUIZ + "/statistics")
            .then().statusCode(403).contentType("application/problem+json");
        for (String drawing : List.of("", "/histogram", "/items")) {
            given().header("Authorization", "Bearer " + Tokens.author("stats-author")).when().get("/quizzes/" + QUIZ + "/statistics" + drawing)
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/not-quiz-owner"));
        }
        admin().when().get("/quizzes/no-such-quiz/statistics").then().statusCode(404).contentType("application/problem+json");
        admin().queryParam("attempts", "best").when().get("/quizzes/" + QUIZ + "/statistics").then().statusCode(400);
    }

    @Test
    void shouldRefuseAMalformedVersionAndNameAMissingOne() {
        for (String drawing : List.of("", "/histogram", "/items")) {
            admin().queryParam("version", "01").when().get("/quizzes/" + QUIZ + "/statistics" + drawing).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("violations.field", equalTo(List.of("version")))
                .body("violations.in", equalTo(List.of("query")))
                .body("violations.message", equalTo(List.of("must be a whole number from 1")));
            admin().queryParam("version", 99).when().get("/quizzes/" + QUIZ + "/statistics" + drawing).then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("Quiz '" + QUIZ + "' has no version 99."));
        }
    }

    @Test
    void shouldCountTheAttemptsEachSelectionUses() {
        JsonPath all = admin().when().get("/quizzes/" + QUIZ + "/statistics").then().statusCode(200)
            .body("quizId", equalTo(QUIZ)).body("attemptsUsed", equalTo("all")).extract().jsonPath();
        assertThat(all.getInt("attempts")).isEqualTo(4);
        assertThat(all.getList("questions")).hasSize(25);
        assertThat(all.getList("score.histogram")).hasSize(26);
        // Question 1: ann right then unanswered, ben wrong (A), the anonymous learner right.
        assertThat(all.getDouble("questions[0].facility")).isEqualTo(0.5);
        assertThat(all.getInt("score.max")).isEqualTo(25);

        JsonPath first = admin().queryParam("attempts", "first").when().get("/quizzes/" + QUIZ + "/statistics")
            .then().statusCode(200).extract().jsonPath();
        assertThat(first.getInt("attempts")).isEqualTo(3);
        assertThat(first.getInt("score.max")).isEqualTo(25);
        JsonPath last = admin().queryParam("attempts", "last").when().get("/quizzes/" + QUIZ + "/statistics")
            .then().statusCode(200).extract().jsonPath();
        assertThat(last.getInt("attempts")).isEqualTo(3);
        assertThat(last.getInt("score.max")).isEqualTo(1);
    }

    @Test
    void shouldServeACsvTable() {
        String csv = admin().accept("text/csv").when().get("/quizzes/" + QUIZ + "/statistics")
            .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).startsWith("question,facility");
        assertThat(rows).hasSize(1 + 25 * 4);
        admin().accept("*/*").when().get("/quizzes/" + QUIZ + "/statistics").then().statusCode(200)
            .contentType(startsWith("application/json"));
    }

    @Test
    void shouldDrawTheHistogramAndTheItemMap() throws Exception {
        for (String drawing : new String[] {"histogram", "items"}) {
            byte[] svg = admin().accept("image/svg+xml").when().get("/quizzes/" + QUIZ + "/statistics/" + drawing)
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asByteArray();
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
            assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(new String(svg, StandardCharsets.UTF_8)).contains("<title>");
        }
    }

    @Test
    void shouldChangeTheEtagWithANewAttempt() {
        String etag = admin().when().get("/quizzes/" + QUIZ + "/statistics").then().statusCode(200).extract().header("ETag");
        admin().header("If-None-Match", etag).when().get("/quizzes/" + QUIZ + "/statistics").then().statusCode(304);
        post(null, "[]");
        String changed = admin().header("If-None-Match", etag).when().get("/quizzes/" + QUIZ + "/statistics")
            .then().statusCode(200).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
    }
}
