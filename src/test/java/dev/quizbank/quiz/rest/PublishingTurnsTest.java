package dev.quizbank.quiz.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.service.PublishingTurns;
import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Quiz sources are read and published one at a time here, none waiting: the test holds the one turn
 * itself, so which request is refused does not depend on timing. A probe ran a 128 MB heap out with
 * two dozen valid megabyte uploads at once before publishing took turns.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
@TestProfile(PublishingTurnsTest.OneAtATime.class)
class PublishingTurnsTest {

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.publishing.max-concurrent", "1", "quiz.publishing.max-queued", "0");
        }
    }

    private static final String AUTHOR = "Bearer " + Tokens.author("turn-taker");

    @Inject
    PublishingTurns turns;

    @Test
    void shouldAnswerAPublicationBeyondTheTurnsWith503AndPublishItOnceATurnIsFree() {
        turns.during(() -> given().header("Authorization", AUTHOR).contentType("text/markdown; charset=UTF-8").body(Seed.TEXT)
                .queryParam("id", "turn-taken").when().post("/quizzes").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "2")
                .body("type", equalTo("/problems/busy")).body("detail", containsString("retry shortly")));
        given().when().get("/quizzes/turn-taken").then().statusCode(404);

        given().header("Authorization", AUTHOR).contentType("text/markdown; charset=UTF-8").body(Seed.TEXT)
                .queryParam("id", "turn-taken").when().post("/quizzes").then().statusCode(201);
    }
}
