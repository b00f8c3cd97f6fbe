package dev.quizbank.attempt.rest;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;

import dev.quizbank.quiz.QuizSettings;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Settings and requests of the attempt lifecycle, for its tests. */
final class Lifecycle {

    private Lifecycle() {
    }

    /** Settings of a quiz whose attempts are started: anonymous or for learners, timed or not, in order, whole. */
    static QuizSettings settings(boolean anonymous, Integer maxAttempts, Integer timeLimitSeconds, int graceSeconds) {
        return new QuizSettings(QuizSettings.ReviewPhases.always(QuizSettings.Review.FULL), anonymous, maxAttempts, List.of(),
                timeLimitSeconds, graceSeconds, false, false, null, null, List.of(), QuizSettings.GradingMethod.HIGHEST);
    }

    static QuizSettings shuffled(boolean anonymous, List<QuizSettings.Pool> pools) {
        return new QuizSettings(QuizSettings.ReviewPhases.always(QuizSettings.Review.FULL), anonymous, null, List.of(), null, 0, true,
                true, null, null, pools, QuizSettings.GradingMethod.HIGHEST);
    }

    static QuizSettings window(Instant openAt, Instant closeAt) {
        return new QuizSettings(QuizSettings.ReviewPhases.always(QuizSettings.Review.FULL), true, null, List.of(), null, 0, false, false,
                openAt, closeAt, List.of(), QuizSettings.GradingMethod.HIGHEST);
    }

    static RequestSpecification as(String token) {
        return token == null ? given() : given().header("Authorization", "Bearer " + token);
    }

    static Response start(String token, String quizId) {
        return as(token).contentType(ContentType.JSON).when().post("/quizzes/" + quizId + "/attempts");
    }

    static Response save(String token, String attemptId, String ifMatch, String answers) {
        RequestSpecification request = as(token).contentType(ContentType.JSON).body("{\"answers\":[" + answers + "]}");
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).when().put("/attempts/" + attemptId + "/responses");
    }

    static Response submit(String token, String attemptId, String answers) {
        RequestSpecification request = as(token).contentType(ContentType.JSON);
        return (answers == null ? request : request.body("{\"answers\":[" + answers + "]}")).when()
                .post("/attempts/" + attemptId + "/submit");
    }

    static Response read(String token, String attemptId) {
        return as(token).when().get("/attempts/" + attemptId);
    }
}
