package dev.quizbank.attempt.rest;

import static dev.quizbank.attempt.rest.Lifecycle.read;
import static dev.quizbank.attempt.rest.Lifecycle.save;
import static dev.quizbank.attempt.rest.Lifecycle.start;
import static dev.quizbank.attempt.rest.Lifecycle.submit;
import static dev.quizbank.support.Sheets.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.service.QuizPublisher;
import dev.quizbank.support.Seed;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Time is the server's: a deadline, its grace, and the sweeper that submits what was saved (docs/attempts.md). */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class TimedAttemptsTest {

    @Inject
    QuizPublisher publisher;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void publishQuizzes() {
        publisher.publish("one-second", Seed.TEXT, Lifecycle.settings(true, null, 1, 0));
        publisher.publish("one-second-grace", Seed.TEXT, Lifecycle.settings(false, null, 1, 1));
        publisher.publish("grace-three", Seed.TEXT, Lifecycle.settings(true, null, 1, 3));
    }

    private static void sleepUntil(Instant instant) throws InterruptedException {
        long millis = Duration.between(Instant.now(), instant).toMillis() + 150;
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private long rows(String table, String where) throws SQLException {
        return Sql.count(dataSource, "select count(*) from quizbank." + table + " where " + where);
    }

    private static String correct(int number) {
        return Seed.QUESTIONS.get(number - 1).correct();
    }

    @Test
    void shouldTakeSavesUntilTheGraceEndsAndThenGradeOnlyWhatWasSaved() throws Exception {
        String learner = Tokens.learner("late-lou");
        Response started = start(learner, "one-second-grace");
        String id = started.path("id");
        Instant deadline = Instant.parse(started.path("deadline"));
        Instant graceUntil = Instant.parse(started.path("graceUntil"));
        assertThat(graceUntil).isEqualTo(deadline.plusSeconds(1));
        save(learner, id, "\"0\"", "{\"question\":1,\"choice\":\"" + correct(1) + "\"}").then().statusCode(200);

        sleepUntil(graceUntil);
        save(learner, id, "\"1\"", "{\"question\":2,\"choice\":\"" + correct(2) + "\"}").then().statusCode(409)
            .contentType(PROBLEM_JSON).body("type", equalTo("/problems/time-is-up"));
        submit(learner, id, "{\"question\":2,\"choice\":\"" + correct(2) + "\"}").then().statusCode(409)
            .contentType(PROBLEM_JSON).body("type", equalTo("/problems/time-is-up"));
        assertThat(rows("started_attempt", "id = '" + id + "' and revision = 1")).isEqualTo(1);

        // The result is what was saved in time, submitted at the end of the grace, whether the sweeper or this came first.
        Response graded = submit(learner, id, null);
        graded.then().statusCode(200).body("score", equalTo(1)).body("answered", equalTo(1))
            .body("submittedAt", equalTo(graceUntil.truncatedTo(ChronoUnit.SECONDS).toString()));
        read(learner, id).then().statusCode(200).body(equalTo(graded.asString()));
        submit(learner, id, "{\"question\":2,\"choice\":\"" + correct(2) + "\"}").then().statusCode(409)
            .body("type", equalTo("/problems/time-is-up"));
        assertThat(rows("attempt", "id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void shouldTakeASaveAndFinalAnswersDuringTheGrace() throws Exception {
        Response started = start(null, "grace-three");
        String id = started.path("id");
        sleepUntil(Instant.parse(started.path("deadline")));
        save(null, id, "\"0\"", "{\"question\":1,\"choice\":\"" + correct(1) + "\"}").then().statusCode(200);
        submit(null, id, "{\"question\":2,\"choice\":\"" + correct(2) + "\"}").then().statusCode(200).body("score", equalTo(2));
    }

    @Test
    void shouldSubmitAnAttemptWhoseTimeIsUpWithoutAnyRequest() throws Exception {
        Response started = start(null, "one-second");
        String id = started.path("id");
        save(null, id, "\"0\"", "{\"question\":3,\"choice\":\"" + correct(3) + "\"},{\"question\":4,\"choice\":\"" + correct(4) + "\"}")
            .then().statusCode(200);
        Instant giveUp = Instant.now().plusSeconds(15);
        while (rows("attempt", "id = '" + id + "'") == 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        assertThat(rows("started_attempt", "id = '" + id + "' and submitted_at = grace_until")).isEqualTo(1);
        read(null, id).then().statusCode(200).body("score", equalTo(2)).body("answered", equalTo(2))
            .body("results[2].chosen", equalTo(correct(3)));
    }

    @Test
    void shouldReadAnAttemptWhoseTimeIsUpAsGraded() throws Exception {
        Response started = start(null, "one-second");
        String id = started.path("id");
        save(null, id, "\"0\"", "{\"question\":1,\"choice\":\"" + correct(1) + "\"}").then().statusCode(200);
        sleepUntil(Instant.parse(started.path("graceUntil")));
        read(null, id).then().statusCode(200).body("score", equalTo(1)).body("$", not(org.hamcrest.Matchers.hasKey("state")));
    }

    @Test
    void shouldLetALearnerStartAgainOnceTheirAttemptInProgressIsOverdue() throws Exception {
        String learner = Tokens.learner("again-gus");
        Response first = start(learner, "one-second-grace");
        sleepUntil(Instant.parse(first.path("graceUntil")));
        start(learner, "one-second-grace").then().statusCode(201).body("id", not(equalTo(first.path("id"))));
        assertThat(rows("attempt", "id = '" + first.path("id") + "'")).isEqualTo(1);
        assertThat(rows("started_attempt", "learner_id = 'again-gus' and submitted_at is null")).isEqualTo(1);
    }
}
