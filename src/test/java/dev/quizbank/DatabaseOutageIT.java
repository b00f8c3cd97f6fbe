package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.quizbank.support.OpenApiContract;
import dev.quizbank.support.PrivatePostgres;
import dev.quizbank.support.ServiceProcess;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The packaged service while its database goes away and comes back, for real. */
@ExtendWith(OpenApiContract.class)
class DatabaseOutageIT {

    private static final String SHEET = "{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"C\"}]}";

    @Test
    void shouldDegradeGracefullyAndRecoverWithoutARestart() throws Exception {
        try (PrivatePostgres database = PrivatePostgres.create();
                ServiceProcess service = ServiceProcess.startOn(database.jdbcUrl(), Map.of())) {
            service.awaitReady(Duration.ofSeconds(90));
            RequestSpecification api = given().baseUri(service.baseUrl);
            RequestSpecification management = given().baseUri(service.managementUrl);
            String attempt = given(api).contentType(ContentType.JSON).body(SHEET).when().post("/attempts")
                    .then().statusCode(201).extract().header("Location");
            given(api).when().get("/quizzes/chapter-20/questions").then().statusCode(200);

            database.stop();

            Response refused = timed(() -> given(api).contentType(ContentType.JSON).body(SHEET).when().post("/attempts"));
            refused.then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("status", equalTo(503))
                    .body("type", equalTo("/problems/database-unavailable"));
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.asString()).doesNotContain("SQL", "Exception", "org.", "java.");
            timed(() -> given(api).when().get(attempt)).then().statusCode(503).contentType("application/problem+json");

            timed(() -> given(api).when().get("/quizzes/chapter-20/questions")).then()
                    .statusCode(200).body("questions", hasSize(25));
            timed(() -> given(api).when().get("/quizzes/chapter-20")).then().statusCode(200);
            timed(() -> given(api).when().get("/quizzes")).then().statusCode(200)
                    .body("items.id", contains("chapter-20", "mixed-types")).body("total", equalTo(2));
            timed(() -> given(management).when().get("/q/health/ready")).then().statusCode(503).body("status", equalTo("DOWN"));
            timed(() -> given(management).when().get("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));

            database.start();
            long back = System.nanoTime();
            int status = 0;
            while (System.nanoTime() - back < Duration.ofSeconds(5).toNanos()) {
                status = given(api).contentType(ContentType.JSON).body(SHEET).when().post("/attempts").statusCode();
                if (status == 201) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(status).as("a write within 5 s of the database's return").isEqualTo(201);
            given(api).when().get(attempt).then().statusCode(200);
            given(management).when().get("/q/health/ready").then().statusCode(200);
        }
    }

    /**
     * Runs the call and asserts it was answered within 3 seconds: the one-second connect timeout, well before
     * the pool's five-second acquisition timeout, with room for a busy machine (2.1 s seen with five builds beside).
     */
    private static Response timed(Supplier<Response> call) {
        long start = System.nanoTime();
        Response response = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        return response;
    }
}
