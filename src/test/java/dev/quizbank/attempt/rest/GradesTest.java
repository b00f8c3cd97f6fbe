package dev.quizbank.attempt.rest;

import static dev.quizbank.attempt.rest.Lifecycle.as;
import static dev.quizbank.support.Sheets.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.service.QuizPublisher;
import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** GET /quizzes/{id}/grades: each learner's grade by the quiz's gradingMethod, with the attempts it counts. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class GradesTest {

    @Inject
    QuizPublisher publisher;

    @BeforeEach
    void publishQuizzes() {
        for (QuizSettings.GradingMethod method : QuizSettings.GradingMethod.values()) {
            publisher.publish("graded-" + method.value(), Seed.TEXT, new QuizSettings(QuizSettings.ReviewPhases.always(
                    QuizSettings.Review.SCORE), false, null, List.of(), null, 0, false, false, null, null, List.of(), method));
        }
    }

    /** A one-shot attempt with the first {@code right} questions answered right. */
    private static String attempt(String learner, String quizId, int right) {
        StringBuilder answers = new StringBuilder();
        for (int n = 1; n <= right; n++) {
            answers.append(n == 1 ? "" : ",").append("{\"question\":").append(n).append(",\"choice\":\"")
                .append(Seed.QUESTIONS.get(n - 1).correct()).append("\"}");
        }
        return as(Tokens.learner(learner)).contentType(ContentType.JSON)
            .body("{\"quizId\":\"" + quizId + "\",\"answers\":[" + answers + "]}").when().post("/attempts")
            .then().statusCode(201).extract().path("id");
    }

    private static Response grades(String token, String quizId) {
        return as(token).when().get("/quizzes/" + quizId + "/grades");
    }

    @Test
    void shouldGradeByTheHighestAttemptAndNameIt() {
        attempt("high-ada", "graded-highest", 1);
        String best = attempt("high-ada", "graded-highest", 3);
        attempt("high-ada", "graded-highest", 3);
        attempt("high-ada", "graded-highest", 2);
        attempt("high-ben", "graded-highest", 2);
        grades(Tokens.author("high-teacher"), "graded-highest").then().statusCode(200)
            .body("quizId", equalTo("graded-highest")).body("gradingMethod", equalTo("highest")).body("total", equalTo(2))
            .body("items.learner", equalTo(List.of("high-ada", "high-ben")))
            .body("items[0].grade.score", equalTo(3)).body("items[0].grade.maxScore", equalTo(25))
            .body("items[0].grade.percent", equalTo(12.0f)).body("items[0].attemptCount", equalTo(4))
            .body("items[0].attempts.id", equalTo(List.of(best))).body("items[1].grade.score", equalTo(2));
    }

    @Test
    void shouldGradeByTheAverageInExactDecimals() {
        attempt("avg-ada", "graded-average", 1);
        attempt("avg-ada", "graded-average", 2);
        attempt("avg-ada", "graded-average", 2);
        Response response = grades(Tokens.author("avg-teacher"), "graded-average");
        response.then().statusCode(200).body("items[0].attemptCount", equalTo(3)).body("items[0].attempts.size()", equalTo(3))
            .body("items[0].grade.maxScore", equalTo(25)).body("items[0].grade.percent", equalTo(6.7f));
        // 5 / 3 to four places, read as the exact decimal the body holds.
        assertThat(response.jsonPath().getString("items[0].grade.score")).isEqualTo("1.6667");
        assertThat(response.asString()).contains("\"score\":1.6667");
    }

    @Test
    void shouldGradeByTheFirstOrTheLastAttempt() {
        String first = attempt("order-ada", "graded-first", 4);
        attempt("order-ada", "graded-first", 1);
        attempt("order-ada", "graded-last", 4);
        String last = attempt("order-ada", "graded-last", 1);
        grades(Tokens.author("order-teacher"), "graded-first").then().statusCode(200).body("items[0].grade.score", equalTo(4))
            .body("items[0].attempts.id", equalTo(List.of(first)));
        grades(Tokens.author("order-teacher"), "graded-last").then().statusCode(200).body("items[0].grade.score", equalTo(1))
            .body("items[0].attempts.id", equalTo(List.of(last)));
    }

    @Test
    void shouldShowALearnerTheirOwnGradeOnly() {
        attempt("own-ada", "graded-last", 2);
        attempt("own-ben", "graded-last", 3);
        grades(Tokens.learner("own-ada"), "graded-last").then().statusCode(200).body("total", equalTo(1))
            .body("items.learner", equalTo(List.of("own-ada"))).body("items[0].grade.score", equalTo(2));
        grades(Tokens.learner("own-nobody"), "graded-last").then().statusCode(200).body("total", equalTo(0))
            .body("items.size()", equalTo(0));
    }

    @Test
    void shouldPageThroughLearners() {
        for (String learner : List.of("page-a", "page-b", "page-c")) {
            attempt(learner, "graded-first", 1);
        }
        as(Tokens.author("page-teacher")).queryParam("page", 1).queryParam("size", 2).when().get("/quizzes/graded-first/grades")
            .then().statusCode(200).body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(3))
            .body("items.learner", equalTo(List.of("page-c")));
        as(Tokens.author("page-teacher")).queryParam("size", 101).when().get("/quizzes/graded-first/grades")
            .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseCallersWithoutTheRoleAndUnknownQuizzes() {
        grades(null, "graded-first").then().statusCode(401).contentType(PROBLEM_JSON).header("WWW-Authenticate", "Bearer");
        grades(Tokens.guest("grades-guest"), "graded-first").then().statusCode(403).contentType(PROBLEM_JSON)
            .body("type", equalTo("/problems/forbidden"));
        grades(Tokens.author("grades-author"), "no-such-quiz").then().statusCode(404).contentType(PROBLEM_JSON);
    }
}
