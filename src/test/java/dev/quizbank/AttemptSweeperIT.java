package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.quizbank.support.OpenApiContract;
import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.restassured.http.ContentType;

/**
 * Against the packaged jar: the time of an attempt is the server's whatever happens to the servers. Two
 * instances sweep the same database every second, and each overdue attempt is submitted exactly once, with what
 * it had saved; attempts left in progress by instances that all stopped are submitted by the next one to start,
 * before anyone asks for them, even with its periodic sweep off.
 */
@ExtendWith(OpenApiContract.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttemptSweeperIT {

    private static final String QUIZ = "timed-exam";
    /** Long enough to start and save over HTTP on a slow machine, short enough to wait for. */
    private static final int LIMIT_SECONDS = 4;
    private static final Map<String, String> CONFIG = Map.of("quiz.attempts.sweep-interval", "1s",
            "mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY.toAbsolutePath().toString(),
            "mp.jwt.verify.issuer", Tokens.ISSUER);

    private static String database;
    private static ServiceProcess first;
    private static ServiceProcess second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = TestDatabase.create();
        first = ServiceProcess.start(database, CONFIG).awaitReady(Duration.ofSeconds(90));
        second = ServiceProcess.start(database, CONFIG).awaitReady(Duration.ofSeconds(90));
        publishTimedExam();
    }

    @AfterAll
    static void stop() throws Exception {
        first.close();
        second.close();
        TestDatabase.drop(database);
    }

    @Test
    @Order(1)
    void shouldSubmitEachOverdueAttemptOnceAcrossInstances() throws Exception {
        List<String> ids = startAndSave(20, "a");

        awaitNoneInProgress(Duration.ofSeconds(LIMIT_SECONDS + 15));

        assertThat(count("select count(*) from quizbank.attempt where quiz_id = '" + QUIZ + "'")).isEqualTo(20);
        assertThat(count("select count(*) from quizbank.attempt where quiz_id = '" + QUIZ + "' and answered = 1"))
                .as("each graded with the answer it had saved").isEqualTo(20);
        for (int i = 0; i < ids.size(); i++) {
            given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.learner("a" + i))
                    .when().get("/attempts/" + ids.get(i))
                    .then().statusCode(200).body("answered", equalTo(1)).body("quizId", equalTo(QUIZ));
        }
        for (ServiceProcess instance : List.of(first, second)) {
            assertThat(instance.log()).as("no sweep collided with another").doesNotContain("ERROR");
        }
    }

    @Test
    @Order(2)
    void shouldSubmitWhatStoppedInstancesLeftInProgressOnTheNextStart() throws Exception {
        List<String> ids = startAndSave(5, "b");
        first.close();
        second.close();
        Thread.sleep(Duration.ofSeconds(LIMIT_SECONDS + 1));
        assertThat(count("select count(*) from quizbank.started_attempt where submitted_at is null"))
                .as("nothing ran while every instance was down").isEqualTo(5);

        // No periodic sweep: only the sweep at start can submit them.
        first = ServiceProcess.start(database, Map.of("quiz.attempts.sweep-interval", "off",
                "mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY.toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER)).awaitReady(Duration.ofSeconds(90));

        awaitNoneInProgress(Duration.ofSeconds(15));
        assertThat(count("select count(*) from quizbank.attempt where quiz_id = '" + QUIZ + "' and answered = 1")).isEqualTo(25);
        given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.learner("b0"))
                .when().get("/attempts/" + ids.get(0))
                .then().statusCode(200).body("answered", equalTo(1));
    }

    /** {@code n} learners start the exam, alternating instances, and each saves one answer. */
    private static List<String> startAndSave(int n, String prefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ServiceProcess instance = i % 2 == 0 ? first : second;
            String token = "Bearer " + Tokens.learner(prefix + i);
            var started = given().baseUri(instance.baseUrl).header("Authorization", token).contentType(ContentType.JSON)
                    .when().post("/quizzes/" + QUIZ + "/attempts")
                    .then().statusCode(201).extract();
            String id = started.path("id");
            given().baseUri(instance.baseUrl).header("Authorization", token).header("If-Match", started.header("ETag"))
                    .contentType(ContentType.JSON).body("{\"answers\":[{\"question\":1,\"choice\":\"A\"}]}")
                    .when().put("/attempts/" + id + "/responses")
                    .then().statusCode(200);
            ids.add(id);
        }
        return ids;
    }

    private static void awaitNoneInProgress(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count("select count(*) from quizbank.started_attempt where submitted_at is null") > 0) {
            assertThat(System.nanoTime()).as("every overdue attempt submitted in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** chapter-20 as a timed exam for learners, published over the API. */
    private static void publishTimedExam() throws Exception {
        String source = given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.admin("root"))
                .accept(ContentType.JSON).when().get("/quizzes/chapter-20/source").then().statusCode(200).extract().asString();
        ObjectMapper json = new ObjectMapper();
        ObjectNode quiz = (ObjectNode) json.readTree(source);
        quiz.put("id", QUIZ);
        quiz.putObject("settings").put("anonymous", false).put("timeLimitSeconds", LIMIT_SECONDS);
        given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.author("ada"))
                .contentType(ContentType.JSON).body(json.writeValueAsString(quiz))
                .when().post("/quizzes").then().statusCode(201);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (given().baseUri(second.baseUrl).when().get("/quizzes/" + QUIZ).statusCode() != 200) {
            assertThat(System.nanoTime()).as("the exam visible on the second instance").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static long count(String sql) throws Exception {
        return Sql.count(database, sql);
    }
}
