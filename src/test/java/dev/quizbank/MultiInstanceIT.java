package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.quizbank.support.OpenApiContract;
import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.TestDatabase;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Against the packaged jar: two instances started together on one empty database, as the service
 * is scaled out. Nothing they must share may live in one instance's memory.
 */
@ExtendWith(OpenApiContract.class)
class MultiInstanceIT {

    private static final String SHEET = "{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"C\"}]}";

    private static String database;
    private static ServiceProcess first;
    private static ServiceProcess second;

    @BeforeAll
    static void startTwoInstancesTogether() throws Exception {
        database = TestDatabase.create();
        first = ServiceProcess.start(database, Map.of());
        second = ServiceProcess.start(database, Map.of());
        first.awaitReady(Duration.ofSeconds(90));
        second.awaitReady(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() throws Exception {
        first.close();
        second.close();
        TestDatabase.drop(database);
    }

    @Test
    void shouldPublishTheBundledQuizExactlyOnce() throws Exception {
        assertThat(count("select count(*) from quizbank.quiz")).isEqualTo(1);
        assertThat(count("select count(*) from quizbank.quiz_version")).isEqualTo(1);
        assertThat(count("select count(*) from quizbank.question")).isEqualTo(25);
        for (ServiceProcess instance : List.of(first, second)) {
            given().baseUri(instance.baseUrl)
                .when().get("/quizzes/chapter-20/questions")
                .then()
                    .statusCode(200)
                    .body("version", equalTo(1))
                    .body("questions", hasSize(25));
        }
        try (ServiceProcess restarted = ServiceProcess.start(database, Map.of())) {
            restarted.awaitReady(Duration.ofSeconds(90));
            assertThat(count("select count(*) from quizbank.quiz_version")).isEqualTo(1);
        }
    }

    @Test
    void shouldHonourOneIdempotencyKeyAcrossBothInstances() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = count("select count(*) from quizbank.attempt");
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<String> ids = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                ServiceProcess instance = i % 2 == 0 ? first : second;
                calls.add(() -> given().baseUri(instance.baseUrl).contentType(ContentType.JSON)
                        .header("Idempotency-Key", key).body(SHEET).when().post("/attempts"));
            }
            for (Future<Response> future : pool.invokeAll(calls)) {
                Response response = future.get();
                assertThat(response.statusCode()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    ids.add(response.jsonPath().getString("id"));
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ids).isNotEmpty().allMatch(ids.get(0)::equals);
        assertThat(count("select count(*) from quizbank.attempt")).isEqualTo(before + 1);

        for (ServiceProcess instance : List.of(first, second)) {
            given().baseUri(instance.baseUrl).contentType(ContentType.JSON).header("Idempotency-Key", key).body(SHEET)
                .when().post("/attempts")
                .then().statusCode(201).body("id", equalTo(ids.get(0)));
            given().baseUri(instance.baseUrl)
                .when().get("/attempts/" + ids.get(0))
                .then().statusCode(200).body("id", equalTo(ids.get(0))).body("score", equalTo(1));
        }
    }

    @Test
    void shouldServeAnAttemptFromEitherInstance() {
        Response posted = given().baseUri(first.baseUrl).contentType(ContentType.JSON).body(SHEET).when().post("/attempts");
        posted.then().statusCode(201);
        given().baseUri(second.baseUrl)
            .when().get(posted.header("Location"))
            .then().statusCode(200).body(equalTo(posted.asString()));
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(database), "postgres", "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
