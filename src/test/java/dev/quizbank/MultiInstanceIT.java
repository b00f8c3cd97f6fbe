package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.DriverManager;
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
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
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
        Map<String, String> config = Map.of("quiz.catalog.refresh-interval", "1s",
                "mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY.toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER);
        first = ServiceProcess.start(database, config);
        second = ServiceProcess.start(database, config);
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
        assertThat(count("select count(*) from quizbank.quiz where id = 'chapter-20'")).isEqualTo(1);
        assertThat(count("select count(*) from quizbank.quiz_version where quiz_id = 'chapter-20'")).isEqualTo(1);
        assertThat(count("select count(*) from quizbank.question q join quizbank.quiz_version v on v.id = q.quiz_version_id"
                + " where v.quiz_id = 'chapter-20'")).isEqualTo(25);
        for (ServiceProcess instance : List.of(first, second)) {
            given().baseUri(instance.baseUrl)
                .when().get("/quizzes/chapter-20/questions")
                .then()
                    .statusCode(200)
                    .body("version", equalTo(1))
                    .body("questions", hasSize(25));
        }
        String edited = given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.admin("ada"))
                .when().get("/quizzes/chapter-20/source").then().statusCode(200).extract().asString()
                .replace("Which Python HTTP library", "Which HTTP library for Python");
        given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.admin("ada"))
                .header("If-Match", given().baseUri(first.baseUrl).get("/quizzes/chapter-20").header("ETag"))
                .contentType("text/markdown; charset=UTF-8").body(edited)
                .when().put("/quizzes/chapter-20").then().statusCode(200).body("version", equalTo(2));
        try (ServiceProcess restarted = ServiceProcess.start(database, Map.of())) {
            restarted.awaitReady(Duration.ofSeconds(90));
            assertThat(count("select count(*) from quizbank.quiz_version where quiz_id = 'chapter-20'")).isEqualTo(2);
            given().baseUri(restarted.baseUrl).when().get("/quizzes/chapter-20/questions").then()
                    .body("version", equalTo(2))
                    .body("questions[0].text", equalTo("Which HTTP library for Python supports both synchronous and asynchronous requests natively?"));
        }
    }

    /** Edits that name the same version, sent to both instances at once: exactly one is published. */
    @Test
    void shouldLetOneOfConcurrentEditsWinAcrossInstances() throws Exception {
        String author = "Bearer " + Tokens.author("ada");
        String source = given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.admin("root"))
                .when().get("/quizzes/chapter-20/source").then().statusCode(200).extract().asString()
                .replace("id: chapter-20", "id: shared-edit");
        given().baseUri(first.baseUrl).header("Authorization", author).contentType("text/markdown; charset=UTF-8").body(source)
                .when().post("/quizzes").then().statusCode(201);
        String tag = given().baseUri(first.baseUrl).get("/quizzes/shared-edit").header("ETag");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (given().baseUri(second.baseUrl).get("/quizzes/shared-edit").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ServiceProcess instance = i % 2 == 0 ? first : second;
                String body = source.replace("Which Python HTTP library", "Edit " + i + ": which library");
                edits.add(() -> given().baseUri(instance.baseUrl).header("Authorization", author).header("If-Match", tag)
                        .contentType("text/markdown; charset=UTF-8").body(body).when().put("/quizzes/shared-edit").statusCode());
            }
            for (Future<Integer> done : pool.invokeAll(edits)) {
                statuses.add(done.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnly(200, 412).filteredOn(status -> status == 200).hasSize(1);
        assertThat(count("select count(*) from quizbank.quiz_version where quiz_id = 'shared-edit'")).isEqualTo(2);
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

    /** Twenty concurrent attempts by one learner, split over both instances, at a quiz that allows three. */
    @Test
    void shouldHoldMaxAttemptsAcrossInstances() throws Exception {
        publishExamAllowingThreeAttempts();
        String learner = Tokens.learner("split-eve");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ServiceProcess instance = i % 2 == 0 ? first : second;
                calls.add(() -> given().baseUri(instance.baseUrl).header("Authorization", "Bearer " + learner)
                    .contentType(ContentType.JSON).body("{\"quizId\":\"exam\",\"answers\":[]}").when().post("/attempts"));
            }
            for (Future<Response> future : pool.invokeAll(calls)) {
                statuses.add(future.get().statusCode());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 403).hasSize(17);
        assertThat(count("select count(*) from quizbank.attempt where learner_id = 'split-eve'")).isEqualTo(3);
    }

    /** Until authors can publish over the API, a copy of chapter-20 with other settings, as the publisher stores one. */
    private static void publishExamAllowingThreeAttempts() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(database), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("""
                    DO $$
                    DECLARE source bigint; copy bigint; q record; nq bigint;
                    BEGIN
                      SELECT id INTO source FROM quizbank.quiz_version WHERE quiz_id = 'chapter-20' AND version = 1;
                      INSERT INTO quizbank.quiz (id) VALUES ('exam');
                      INSERT INTO quizbank.quiz_version (quiz_id, version, chapter, title, description, source_sha256,
                          review, review_after_close, anonymous, max_attempts)
                        SELECT 'exam', 1, chapter, title, description, source_sha256, 'score', 'score', false, 3
                        FROM quizbank.quiz_version WHERE id = source RETURNING id INTO copy;
                      FOR q IN SELECT * FROM quizbank.question WHERE quiz_version_id = source LOOP
                        INSERT INTO quizbank.question (quiz_version_id, number, text, correct_key, explanation)
                          VALUES (copy, q.number, q.text, q.correct_key, q.explanation) RETURNING id INTO nq;
                        INSERT INTO quizbank.choice (question_id, position, key, text)
                          SELECT nq, position, key, text FROM quizbank.choice WHERE question_id = q.id;
                      END LOOP;
                      INSERT INTO quizbank.scoring_band (quiz_version_id, position, min_score, max_score, level, recommendation)
                        SELECT copy, position, min_score, max_score, level, recommendation
                        FROM quizbank.scoring_band WHERE quiz_version_id = source;
                    END $$""");
        }
        for (ServiceProcess instance : List.of(first, second)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (given().baseUri(instance.baseUrl).when().get("/quizzes/exam").statusCode() != 200) {
                assertThat(System.nanoTime()).as("exam visible within the refresh interval").isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        return Sql.count(database, sql);
    }
}
