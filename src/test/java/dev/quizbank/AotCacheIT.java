package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.Seed;
import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.restassured.specification.RequestSpecification;

/**
 * Trains the Java AOT cache ({@code target/quarkus-app/app.aot}, JEP 483/515) on the packaged jar:
 * a fresh start (migrations, the bundled quiz) and every kind of request, then a clean exit, at
 * which the JVM writes the cache. A second start must be able to use it.
 */
class AotCacheIT {

    private static final Path CACHE = ServiceProcess.JAR.resolveSibling("app.aot");
    /** Trusts the test tokens; the workload posts faster than one client may in production. */
    private static final Map<String, String> TRAINING = Map.of(
            "mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY.toAbsolutePath().toString(),
            "mp.jwt.verify.issuer", Tokens.ISSUER, "quiz.rate-limit.enabled", "false");

    @Test
    void shouldTrainACacheThatTheNextStartUses() throws Exception {
        Files.deleteIfExists(CACHE);
        String database = TestDatabase.create();
        try {
            ServiceProcess training = ServiceProcess.startOn(TestDatabase.jdbcUrl(database), TRAINING,
                    List.of("-XX:AOTCacheOutput=" + CACHE.getFileName()));
            try {
                training.awaitReady(Duration.ofSeconds(120));
                workload(training);
                assertThat(training.stop(Duration.ofMinutes(3))).as("a clean exit, at which the cache is written").isIn(0, 143);
                assertThat(training.log()).contains("AOTCache creation is complete");
            } finally {
                training.close();
            }
            assertThat(CACHE).isNotEmptyFile();

            // AOTMode=on refuses to start when the cache does not fit this jar and JVM.
            try (ServiceProcess cached = ServiceProcess.startOn(TestDatabase.jdbcUrl(database), Map.of(),
                    List.of("-XX:AOTMode=on", "-XX:AOTCache=" + CACHE.getFileName()))) {
                cached.awaitReady(Duration.ofSeconds(60));
                given().baseUri(cached.baseUrl).when().get("/quizzes/chapter-20/questions").then().statusCode(200);
            }
        } finally {
            TestDatabase.drop(database);
        }
    }

    /** What the service does in production, a few hundred times over, so that the hot paths are compiled. */
    private static void workload(ServiceProcess service) {
        RequestSpecification api = given().baseUri(service.baseUrl);
        RequestSpecification author = given().baseUri(service.baseUrl).header("Authorization", "Bearer " + Tokens.author("trainer"));
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
        RequestSpecification admin = given().baseUri(service.baseUrl).header("Authorization", "Bearer " + Tokens.admin("trainer"));
        given(admin).get("/quizzes/chapter-20/statistics").then().statusCode(200);
        given(admin).get("/quizzes/chapter-20/statistics/items").then().statusCode(200);
        given(author).get("/attempts").then().statusCode(200);
    }
}
