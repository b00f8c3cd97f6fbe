package dev.quizbank.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * From the attacker's side, the verification a token is spared after its first use (VerifiedTokens): a token
 * accepted once does not open the door to one that differs from it, nor outlive its own expiry.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class VerifiedTokensTest {

    private static int status(String token) {
        return given().header("Authorization", "Bearer " + token).when().get("/attempts").then().extract().statusCode();
    }

    @Test
    void shouldRefuseATamperedCopyOfATokenAcceptedBefore() {
        String token = Tokens.learner("tamper-" + System.nanoTime());
        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A') + parts[2].substring(1);
        String otherSubject = Tokens.learner("someone-else");
        String otherPayload = parts[0] + "." + otherSubject.split("\\.")[1] + "." + parts[2];

        given().header("Authorization", "Bearer " + token).when().get("/attempts").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).when().get("/attempts").then().statusCode(200);

        given().header("Authorization", "Bearer " + otherSignature).when().get("/attempts")
            .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + otherPayload).when().get("/attempts").then().statusCode(401);
        given().header("Authorization", "Bearer " + token).when().get("/attempts").then().statusCode(200);
    }

    @Test
    void shouldRefuseATokenAcceptedBeforeOnceItHasExpired() throws InterruptedException {
        // Issued a minute ago for a minute and three seconds; the tests allow a clock skew of 2 s (application.properties).
        String token = Tokens.issued("expiring-" + System.nanoTime(), Duration.ofMinutes(1), Duration.ofMinutes(1).plusSeconds(3));
        given().header("Authorization", "Bearer " + token).when().get("/attempts").then().statusCode(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int status = 200;
        while (status == 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = status(token);
        }
        assertThat(status).as("the token, 15 s after it was accepted and ~10 s after it expired").isEqualTo(401);
    }
}
