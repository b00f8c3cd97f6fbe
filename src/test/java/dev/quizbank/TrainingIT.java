package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The training run of the Java AOT cache ({@code target/quarkus-app/app.aot}, JEP 483/515), by
 * Quarkus's own support ({@code quarkus.package.jar.aot.enabled}): the packaged jar runs with the
 * production flags ({@code quarkus.test.arg-line}) on a fresh database, so that the run records a
 * fresh start (migrations, the bundled quiz) and every kind of request, and Quarkus writes the cache
 * from the recording once the run ends. {@code .ci/run} starts the jar with {@code -XX:AOTMode=on},
 * which refuses a cache that does not fit it.
 */
@QuarkusIntegrationTest
@WithTestResource(TrainingIT.Environment.class)
class TrainingIT {

    @Test
    void shouldServeEveryKindOfRequestTheServiceIsTrainedOn() {
        workload(RestAssured.baseURI + ":" + RestAssured.port);
    }

    /** A database of its own; the test tokens trusted; posting faster than one client may in production. */
    public static class Environment extends TestDatabase {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(super.start());
            config.put("mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY.toAbsolutePath().toString());
            config.put("mp.jwt.verify.issuer", Tokens.ISSUER);
            config.put("quiz.rate-limit.enabled", "false");
            config.put("quarkus.management.port", "0");
            config.put("quarkus.log.category.\"dev.quizbank.problem.ProblemLog\".level", "WARN");
            return config;
        }
    }

    /** What the service does in production, a few hundred times over, so that the hot paths are compiled. */
    private static void workload(String baseUrl) {
        RequestSpecification api = given().baseUri(baseUrl);
        RequestSpecification author = given().baseUri(baseUrl).header("Authorization", "Bearer " + Tokens.author("trainer"));
        for (int i = 0; i < 200; i++) {
            given(api).get("/quizzes").then().statusCode(200);
            given(api).get("/quizzes/chapter-20").then().statusCode(200);
            given(api).get("/quizzes/chapter-20/questions").then().statusCode(200);
            String location = given(api).contentType("application/json")
                    .body("{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"" + "ABCD".charAt(i % 4) + "\"}]}")
                    .post("/attempts").then().statusCode(201).extract().header("Location");
            given(api).get(location).then().statusCode(200);
            given(api).get("/quizzes/none").then().statusCode(404);
        }
        given(api).contentType("application/json").body("{\"quizId\":\"chapter-20\"}").post("/attempts").then().statusCode(400);
        given(author).contentType("text/markdown; charset=UTF-8").body(Seed.TEXT).queryParam("id", "trained")
                .post("/quizzes").then().statusCode(201);
        for (String type : List.of("text/markdown", "application/json", "text/x-gift", "application/xml", "application/zip")) {
            given(author).accept(type).get("/quizzes/trained/source").then().statusCode(200);
        }
        given(author).get("/quizzes/trained/versions").then().statusCode(200).body("size()", equalTo(1));
        RequestSpecification admin = given().baseUri(baseUrl).header("Authorization", "Bearer " + Tokens.admin("trainer"));
        given(admin).get("/quizzes/chapter-20/statistics").then().statusCode(200);
        given(admin).get("/quizzes/chapter-20/statistics/items").then().statusCode(200);
        given(author).get("/attempts").then().statusCode(200);
    }
}
