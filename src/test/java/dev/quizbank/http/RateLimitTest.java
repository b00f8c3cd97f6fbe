package dev.quizbank.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(TestDatabase.class)
@TestProfile(RateLimitTest.Limited.class)
class RateLimitTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.rate-limit.enabled", "true", "quiz.rate-limit.per-second", "1",
                    "quiz.rate-limit.burst", "3", "quiz.rate-limit.trust-forwarded-for", "true");
        }
    }

    private static Response post(String client) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", client + ", 10.0.0.1")
                .body("{\"quizId\":\"chapter-20\",\"answers\":[]}").when().post("/attempts");
    }

    @Test
    void shouldRefuseAClientOverItsBurstWith429AndRetryAfter() {
        for (int i = 0; i < 3; i++) {
            post("192.0.2.1").then().statusCode(201);
        }
        Response refused = post("192.0.2.1");
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", equalTo("/problems/rate-limited"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 2);

        post("192.0.2.2").then().statusCode(201);
    }

    @Test
    void shouldNotLimitReads() {
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", "192.0.2.3").when().get("/quizzes/chapter-20").then().statusCode(200);
        }
    }

    @Test
    void shouldRefillTheBucketOverTime() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            post("192.0.2.4").then().statusCode(201);
        }
        post("192.0.2.4").then().statusCode(429);
        Thread.sleep(1_100);
        post("192.0.2.4").then().statusCode(201);
    }
}
