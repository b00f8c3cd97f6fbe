package dev.quizbank.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With MP_JWT_VERIFY_AUDIENCES set, a token for another audience, or for none, is refused: an IdP's tokens for other services do not open this one. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
@TestProfile(AudienceTest.Audience.class)
class AudienceTest {

    static final String AUDIENCE = "https://quizbank.test/api";

    public static class Audience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.audiences", AUDIENCE);
        }
    }

    @Test
    void shouldAcceptOnlyTokensForTheConfiguredAudience() {
        given().header("Authorization", "Bearer " + Tokens.forAudience("aud-ann", AUDIENCE)).when().get("/attempts")
            .then().statusCode(200);
        for (String token : new String[] {Tokens.forAudience("aud-ann", "https://other.example/api"), Tokens.author("aud-ann")}) {
            given().header("Authorization", "Bearer " + token).when().get("/attempts")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthorized"));
        }
    }
}
