package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.format.QuizRules;
import dev.quizbank.support.LargeQuiz;
import dev.quizbank.support.OpenApiContract;
import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Against the packaged jar with the production heap (-Xmx128m, serial collector): a quiz of the largest
 * size the rules allow (500 questions, a source of nearly 1 MiB) published in 100 versions. Old versions
 * and an attempt graded on one stay readable, the heap stays flat, and a restart on the same database
 * becomes ready in a bounded time.
 */
@ExtendWith(OpenApiContract.class)
class QuizVersionsMemoryIT {

    private static final String QUIZ = "big-quiz";
    private static final int VERSIONS = 100;
    private static final List<String> JVM = List.of("-Xmx128m", "-XX:+UseSerialGC");
    private static final String AUTHOR = "Bearer " + Tokens.author("prolific-author");
    /** What the 100 versions may add to the heap: the current one, and the two caches of older ones (8M each by default). */
    private static final long MAX_GROWTH = 32L << 20;
    /** Well within the 60 s a transaction may take, which a start that loaded every version at once ran past. */
    private static final Duration MAX_READY = Duration.ofSeconds(45);

    private String database;
    private ServiceProcess service;
    private Duration firstStart;

    @BeforeEach
    void start() throws Exception {
        database = TestDatabase.create();
        long started = System.nanoTime();
        service = start(database).awaitReady(Duration.ofSeconds(90));
        firstStart = Duration.ofNanos(System.nanoTime() - started);
    }

    @AfterEach
    void stop() throws Exception {
        service.close();
        TestDatabase.drop(database);
    }

    @Test
    void shouldKeepTheHeapFlatAndRestartPromptlyWithAHundredLargeVersions() throws Exception {
        long baseline = service.heapUsedAfterFullGc();
        String etag = given().baseUri(service.baseUrl).header("Authorization", AUTHOR).contentType("application/json")
            .body(source(1)).when().post("/quizzes?id=" + QUIZ).then().statusCode(201).extract().header("ETag");
        String attemptId = null;
        String attemptBody = null;
        for (int version = 2; version <= VERSIONS; version++) {
            etag = given().baseUri(service.baseUrl).header("Authorization", AUTHOR).header("If-Match", etag)
                .contentType("application/json").body(source(version))
                .when().put("/quizzes/" + QUIZ).then().statusCode(200).extract().header("ETag");
            if (version == 3) {
                Response attempt = postAttempt(3);
                attemptId = attempt.jsonPath().getString("id");
                attemptBody = attempt.asString();
            }
        }
        assertCurrent(VERSIONS);
        for (int old : new int[] {1, 2, 17, 50, 99}) {
            assertOldVersion(old);
        }
        Response onOldVersion = postAttempt(42);
        assertThat(given().baseUri(service.baseUrl).get("/attempts/" + onOldVersion.jsonPath().getString("id")).asString())
                .isEqualTo(onOldVersion.asString());
        assertThat(given().baseUri(service.baseUrl).get("/attempts/" + attemptId).then().statusCode(200).extract().asString())
                .isEqualTo(attemptBody);

        long loaded = service.heapUsedAfterFullGc();
        System.out.printf("QuizVersionsMemoryIT: heap after a full GC %.1f MB at start, %.1f MB with %d versions of a %d-byte quiz"
                + " (%.1f MB more)%n", mb(baseline), mb(loaded), VERSIONS, source(VERSIONS).length, mb(loaded - baseline));
        assertThat(loaded - baseline).as("heap growth").isLessThan(MAX_GROWTH);

        assertThat(service.stop(Duration.ofSeconds(20))).as("a clean exit").isIn(0, 143);
        long restart = System.nanoTime();
        service = start(database).awaitReady(Duration.ofSeconds(90));
        Duration ready = Duration.ofNanos(System.nanoTime() - restart);
        System.out.printf("QuizVersionsMemoryIT: restarted on %d versions, ready in %d ms (the first start on an empty database:"
                + " %d ms), heap after a full GC %.1f MB%n", VERSIONS, ready.toMillis(), firstStart.toMillis(),
                mb(service.heapUsedAfterFullGc()));
        assertThat(ready).isLessThan(MAX_READY);
        assertCurrent(VERSIONS);
        assertOldVersion(7);
        assertThat(given().baseUri(service.baseUrl).get("/attempts/" + attemptId).then().statusCode(200).extract().asString())
                .isEqualTo(attemptBody);
        assertThat(service.log()).doesNotContain("ERROR");
    }

    private static ServiceProcess start(String database) throws Exception {
        return ServiceProcess.startOn(TestDatabase.jdbcUrl(database), Map.of("quiz.rate-limit.enabled", "false",
                "mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY.toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER), JVM);
    }

    private void assertCurrent(int version) {
        JsonPath questions = given().baseUri(service.baseUrl).when().get("/quizzes/" + QUIZ + "/questions")
            .then().statusCode(200).extract().jsonPath();
        assertThat(questions.getInt("version")).isEqualTo(version);
        assertThat(questions.getString("questions[0].text")).isEqualTo(document(version).questions().get(0).text());
    }

    /** An old version's questions (answers withheld) and its export, byte for byte what was published. */
    private void assertOldVersion(int version) {
        QuizDocument published = document(version);
        JsonPath questions = given().baseUri(service.baseUrl).queryParam("version", version)
            .when().get("/quizzes/" + QUIZ + "/questions")
            .then().statusCode(200).header("Cache-Control", "public, max-age=31536000, immutable").extract().jsonPath();
        assertThat(questions.getInt("version")).isEqualTo(version);
        assertThat(questions.getList("questions")).hasSize(QuizRules.MAX_QUESTIONS);
        assertThat(questions.getString("questions[0].text")).isEqualTo(published.questions().get(0).text());
        assertThat(questions.getString("questions[499].choices[3].text")).isEqualTo(((Question.Single) published.questions().get(499)).choices().get(3).text());
        assertThat(questions.getString("questions[0].explanation")).isNull();
        byte[] exported = given().baseUri(service.baseUrl).header("Authorization", AUTHOR).accept("application/json")
            .queryParam("version", version).when().get("/quizzes/" + QUIZ + "/source")
            .then().statusCode(200).extract().asByteArray();
        assertThat(new String(exported, StandardCharsets.UTF_8)).isEqualTo(new String(source(version), StandardCharsets.UTF_8));
    }

    private Response postAttempt(int version) {
        Question.Single first = (Question.Single) document(version).questions().get(0);
        Response attempt = given().baseUri(service.baseUrl).contentType("application/json")
            .body("{\"quizId\":\"" + QUIZ + "\",\"quizVersion\":" + version + ",\"answers\":[{\"question\":1,\"choice\":\""
                    + first.correctChoice() + "\"},{\"question\":2,\"choice\":\"A\"}]}")
            .when().post("/attempts").then().statusCode(201).extract().response();
        assertThat(attempt.jsonPath().getInt("quizVersion")).isEqualTo(version);
        assertThat(attempt.jsonPath().getString("results[0].explanation")).isEqualTo(first.explanation());
        return attempt;
    }

    private static byte[] source(int version) {
        byte[] json = LargeQuiz.source(QUIZ, version);
        assertThat(json.length).as("a source just under the 1 MiB limit").isBetween(900_000, 1 << 20);
        return json;
    }

    private static QuizDocument document(int version) {
        return LargeQuiz.document(version);
    }

    private static double mb(long bytes) {
        return bytes / 1_048_576.0;
    }
}
