package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.restassured.http.ContentType;

/**
 * The packaged service in the production profile trusts no key of ours: with no key configured it
 * runs anonymous-only and says so once, and a token signed with the dev key of scripts/token.sh is a 401.
 */
class ProductionTrustIT {

    @Test
    void shouldRefuseDevTokensAndRunAnonymousOnlyWithoutAKey() throws Exception {
        String database = TestDatabase.create();
        try (ServiceProcess service = ServiceProcess.start(database, Map.of())) {
            service.awaitReady(Duration.ofSeconds(90));
            String devToken = Tokens.devKey("ada");
            given().baseUri(service.baseUrl).header("Authorization", "Bearer " + devToken)
                .contentType(ContentType.JSON).body("{\"quizId\":\"chapter-20\",\"answers\":[]}")
                .when().post("/attempts")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
            given().baseUri(service.baseUrl).header("Authorization", "Bearer " + devToken)
                .when().get("/attempts")
                .then().statusCode(401).body("type", equalTo("/problems/unauthorized"));
            given().baseUri(service.baseUrl).contentType(ContentType.JSON).body("{\"quizId\":\"chapter-20\",\"answers\":[]}")
                .when().post("/attempts").then().statusCode(201);
            given().baseUri(service.baseUrl).when().get("/attempts").then().statusCode(401);
            assertThat(service.log().split("anonymous-only", -1)).as("said once").hasSize(2);
        } finally {
            TestDatabase.drop(database);
        }
    }
}
