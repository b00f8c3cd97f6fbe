package dev.quizbank.attempt.rest;

import static dev.quizbank.attempt.rest.Lifecycle.read;
import static dev.quizbank.attempt.rest.Lifecycle.save;
import static dev.quizbank.attempt.rest.Lifecycle.start;
import static dev.quizbank.attempt.rest.Lifecycle.submit;
import static dev.quizbank.support.Sheets.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Start, resume, save and submit (docs/attempts.md), one learner at a time. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class AttemptLifecycleTest {

    @Inject
    QuizPublisher publisher;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void publishQuizzes() {
        publisher.publish("timed-exam", Seed.TEXT, Lifecycle.settings(false, null, 1200, 30));
        publisher.publish("timed-open", Seed.TEXT, Lifecycle.settings(true, null, 1200, 0));
    }

    private long rows(String table, String where) throws SQLException {
        return Sql.count(dataSource, "select count(*) from quizbank." + table + " where " + where);
    }

    @Test
    void shouldStartAnAttemptWithItsQuestionsWithheldAndADeadline() throws SQLException {
        Response started = start(Tokens.learner("start-ada"), "timed-exam");
        started.then().statusCode(201).contentType(ContentType.JSON).header("ETag", "\"0\"")
            .body("quizId", equalTo("timed-exam")).body("state", equalTo("inProgress")).body("responses", anEmptyMap())
            .body("questions.size()", equalTo(25)).body("questions[0].number", equalTo(1))
            .body("questions[0].choices.size()", equalTo(4)).body("questions[0]", not(hasKey("answer")));
        String id = started.path("id");
        assertThat(started.header("Location")).isEqualTo("/attempts/" + id);
        Instant startedAt = Instant.parse(started.path("startedAt"));
        assertThat(Instant.parse(started.<String>path("deadline"))).isEqualTo(startedAt.plusSeconds(1200));
        assertThat(Instant.parse(started.<String>path("graceUntil"))).isEqualTo(startedAt.plusSeconds(1230));
        assertThat(Duration.between(startedAt, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(started.asString()).doesNotContain("explanation", "correctChoice");
        assertThat(rows("started_attempt", "id = '" + id + "' and submitted_at is null and learner_id = 'start-ada'")).isEqualTo(1);
        assertThat(rows("attempt", "learner_id = 'start-ada'")).isZero();
    }

    @Test
    void shouldGiveALearnerTheirAttemptInProgressBackInsteadOfASecond() throws SQLException {
        String learner = Tokens.learner("again-ben");
        String id = start(learner, "timed-exam").then().statusCode(201).extract().path("id");
        save(learner, id, "\"0\"", "{\"question\":2,\"choice\":\"b\"}").then().statusCode(200);
        start(learner, "timed-exam").then().statusCode(200).header("ETag", "\"1\"").header("Location", "/attempts/" + id)
            .body("id", equalTo(id)).body("responses.'2'.choice", equalTo("B"));
        assertThat(rows("started_attempt", "learner_id = 'again-ben'")).isEqualTo(1);
    }

    @Test
    void shouldResumeWithTheSameQuestionsAndSavedResponses() {
        String learner = Tokens.learner("resume-cy");
        Response started = start(learner, "timed-exam");
        String id = started.path("id");
        Response saved = save(learner, id, "\"0\"", "{\"question\":1,\"choice\":\"c\"},{\"question\":3,\"choice\":\"A\"}");
        saved.then().statusCode(200).header("ETag", "\"1\"").body("responses.'1'.choice", equalTo("C"))
            .body("responses.'3'.choice", equalTo("A")).body("responses", not(hasKey("2")));
        Response resumed = read(learner, id);
        resumed.then().statusCode(200).header("ETag", "\"1\"").body("state", equalTo("inProgress"))
            .body("deadline", equalTo(started.path("deadline")));
        assertThat(resumed.jsonPath().getList("questions")).isEqualTo(started.jsonPath().getList("questions"));
        assertThat(resumed.jsonPath().getMap("responses")).isEqualTo(saved.jsonPath().getMap("responses"));
    }

    @Test
    void shouldTakeBackASavedResponseGivenEmpty() {
        String id = start(null, "timed-open").then().statusCode(201).extract().path("id");
        save(null, id, "\"0\"", "{\"question\":1,\"choice\":\"C\"},{\"question\":2,\"choice\":\"A\"}").then().statusCode(200);
        publisher.publish("typed-started", Seed.read("quizzes/mixed-types.txt"), Lifecycle.settings(true, null, 600, 0));
        String typed = start(null, "typed-started").then().statusCode(201).extract().path("id");
        save(null, typed, "\"0\"", "{\"question\":2,\"choices\":[\"A\",\"B\"]},{\"question\":6,\"text\":\"json\"}").then().statusCode(200)
            .body("responses.'2'.choices", equalTo(List.of("A", "B"))).body("responses.'6'.text", equalTo("json"));
        save(null, typed, "\"1\"", "{\"question\":2,\"choices\":[]},{\"question\":6,\"text\":\" \"}").then().statusCode(200)
            .header("ETag", "\"2\"").body("responses", anEmptyMap());
    }

    @Test
    void shouldRefuseASaveWithoutIfMatchOrWithAStaleOneAndStoreNothing() throws SQLException {
        String learner = Tokens.learner("stale-dee");
        String id = start(learner, "timed-exam").then().statusCode(201).extract().path("id");
        save(learner, id, null, "{\"question\":1,\"choice\":\"C\"}").then().statusCode(428).contentType(PROBLEM_JSON)
            .body("type", equalTo("/problems/precondition-required"));
        save(learner, id, "\"0\"", "{\"question\":1,\"choice\":\"C\"}").then().statusCode(200).header("ETag", "\"1\"");
        // A second device still holds the state before that save.
        save(learner, id, "\"0\"", "{\"question\":2,\"choice\":\"A\"}").then().statusCode(412).contentType(PROBLEM_JSON)
            .header("ETag", "\"1\"").body("type", equalTo("/problems/attempt-changed")).body("etag", equalTo("\"1\""))
            .body("attempt.id", equalTo(id)).body("attempt.responses.'1'.choice", equalTo("C"))
            .body("attempt.responses", not(hasKey("2")));
        save(learner, id, "W/\"1\"", "{\"question\":2,\"choice\":\"A\"}").then().statusCode(412);
        assertThat(rows("started_attempt", "id = '" + id + "' and revision = 1")).isEqualTo(1);
        // It merges and saves again on the current state.
        save(learner, id, "\"1\"", "{\"question\":2,\"choice\":\"A\"}").then().statusCode(200).header("ETag", "\"2\"")
            .body("responses.'1'.choice", equalTo("C")).body("responses.'2'.choice", equalTo("A"));
        save(learner, id, "*", "{\"question\":3,\"choice\":\"B\"}").then().statusCode(200).header("ETag", "\"3\"");
    }

    @Test
    void shouldRefuseAResponseOfTheWrongShapeAsTheSheetDoesAndStoreNothing() throws SQLException {
        String id = start(null, "timed-open").then().statusCode(201).extract().path("id");
        save(null, id, "\"0\"", "{\"question\":1,\"choice\":\"C\"},{\"question\":2,\"choices\":[\"A\"]},{\"question\":3,\"choice\":\"Z\"}"
                + ",{\"question\":26,\"choice\":\"A\"}")
            .then().statusCode(422).contentType(PROBLEM_JSON).body("type", equalTo("/problems/invalid-request"))
            .body("violations.field", equalTo(List.of("answers[1].choices", "answers[2].choice", "answers[3].question")));
        save(null, id, "\"0\"", "{\"question\":1}").then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(rows("started_attempt", "id = '" + id + "' and revision = 0")).isEqualTo(1);
        read(null, id).then().statusCode(200).body("responses", anEmptyMap());
    }

    @Test
    void shouldGradeWhatWasSavedWithTheFinalAnswersOverItOnceOnly() throws SQLException {
        String learner = Tokens.learner("submit-eve");
        String id = start(learner, "timed-exam").then().statusCode(201).extract().path("id");
        Seed.SeedQuestion first = Seed.QUESTIONS.get(0);
        Seed.SeedQuestion second = Seed.QUESTIONS.get(1);
        save(learner, id, "\"0\"", "{\"question\":1,\"choice\":\"" + first.correct() + "\"},{\"question\":2,\"choice\":\""
                + wrong(second) + "\"}").then().statusCode(200);
        Response graded = submit(learner, id, "{\"question\":2,\"choice\":\"" + second.correct() + "\"}");
        graded.then().statusCode(200).contentType(ContentType.JSON).body("id", equalTo(id)).body("score", equalTo(2))
            .body("maxScore", equalTo(25)).body("answered", equalTo(2)).body("results.size()", equalTo(25))
            .body("results[1].chosen", equalTo(second.correct())).body("$", not(hasKey("state")));
        assertThat(rows("attempt", "id = '" + id + "' and given is null and learner_id = 'submit-eve'")).isEqualTo(1);
        assertThat(rows("started_attempt", "id = '" + id + "' and submitted_at is not null")).isEqualTo(1);

        submit(learner, id, null).then().statusCode(200).body(equalTo(graded.asString()));
        submit(learner, id, "{\"question\":3,\"choice\":\"A\"}").then().statusCode(200).body(equalTo(graded.asString()));
        read(learner, id).then().statusCode(200).body(equalTo(graded.asString()));
        read(Tokens.author("submit-author"), id).then().statusCode(200).body("score", equalTo(2));
        save(learner, id, "\"1\"", "{\"question\":3,\"choice\":\"A\"}").then().statusCode(409).contentType(PROBLEM_JSON)
            .body("type", equalTo("/problems/attempt-submitted"));
        assertThat(rows("attempt", "id = '" + id + "'")).isEqualTo(1);
        // The learner may start the next one.
        start(learner, "timed-exam").then().statusCode(201).body("id", not(equalTo(id)));
    }

    @Test
    void shouldSubmitAnAttemptWithoutABody() {
        String id = start(null, "timed-open").then().statusCode(201).extract().path("id");
        Lifecycle.as(null).contentType(ContentType.JSON).when().post("/attempts/" + id + "/submit").then().statusCode(200)
            .body("score", equalTo(0)).body("answered", equalTo(0));
    }

    @Test
    void shouldRefuseTheOneShotSheetForAQuizThatMustBeStartedAndStoreNothing() throws SQLException {
        publisher.publish("one-shot-refused", Seed.TEXT, Lifecycle.settings(true, null, 60, 0));
        Lifecycle.as(null).contentType(ContentType.JSON).body("{\"quizId\":\"one-shot-refused\",\"answers\":[{\"question\":1,\"choice\":\"C\"}]}")
            .when().post("/attempts").then().statusCode(409).contentType(PROBLEM_JSON)
            .body("type", equalTo("/problems/start-required")).body("detail", containsString("/quizzes/one-shot-refused/attempts"));
        assertThat(rows("attempt", "quiz_id = 'one-shot-refused'")).isZero();
    }

    @Test
    void shouldStartAnUntimedQuizToo() {
        Response started = start(null, "chapter-20");
        started.then().statusCode(201).body("deadline", nullValue()).body("graceUntil", nullValue());
        Map<String, Object> result = submit(null, started.path("id"), "{\"question\":1,\"choice\":\"A\"}").then().statusCode(200)
            .extract().jsonPath().getMap("$");
        assertThat(result).containsEntry("maxScore", 25);
    }

    @Test
    void shouldRefuseAStartOutsideTheWindowAndStoreNothing() throws SQLException {
        Instant now = Instant.now();
        publisher.publish("not-yet", Seed.TEXT, Lifecycle.window(now.plusSeconds(3600), null));
        publisher.publish("closed", Seed.TEXT, Lifecycle.window(now.minusSeconds(7200), now.minusSeconds(3600)));
        start(null, "not-yet").then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo("/problems/quiz-not-open"))
            .body("detail", containsString("opens at"));
        start(null, "closed").then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo("/problems/quiz-not-open"))
            .body("detail", containsString("closed at"));
        Lifecycle.as(null).contentType(ContentType.JSON).body("{\"quizId\":\"closed\",\"answers\":[]}").when().post("/attempts")
            .then().statusCode(403).body("type", equalTo("/problems/quiz-not-open"));
        assertThat(rows("started_attempt", "quiz_id in ('not-yet', 'closed')")).isZero();
        assertThat(rows("attempt", "quiz_id in ('not-yet', 'closed')")).isZero();
    }

    @Test
    void shouldEndAnAttemptAtCloseAtWhenThatComesBeforeItsTimeLimit() {
        Instant closeAt = Instant.now().plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        publisher.publish("closing", Seed.TEXT, new dev.quizbank.quiz.QuizSettings(
                dev.quizbank.quiz.QuizSettings.ReviewPhases.always(dev.quizbank.quiz.QuizSettings.Review.FULL), true, null, List.of(), 3600,
                10, false, false, null, closeAt, List.of(), dev.quizbank.quiz.QuizSettings.GradingMethod.HIGHEST));
        Response started = start(null, "closing");
        started.then().statusCode(201);
        assertThat(Instant.parse(started.<String>path("deadline"))).isEqualTo(closeAt);
        assertThat(Instant.parse(started.<String>path("graceUntil"))).isEqualTo(closeAt.plusSeconds(10));
    }

    @Test
    void shouldAnswerAnUnknownQuizOrAttemptWith404() {
        start(null, "no-such-quiz").then().statusCode(404).contentType(PROBLEM_JSON);
        save(null, "3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d", "\"0\"", "").then().statusCode(404).contentType(PROBLEM_JSON);
        save(null, "not-a-uuid", "\"0\"", "").then().statusCode(404).contentType(PROBLEM_JSON);
        submit(null, "3f1c9a52-7d2e-4b8f-9c1a-5e6f7a8b9c0d", null).then().statusCode(404).contentType(PROBLEM_JSON);
        submit(null, "not-a-uuid", null).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    private static String wrong(Seed.SeedQuestion question) {
        return question.choiceKeys().stream().filter(key -> !key.equals(question.correct())).findFirst().orElseThrow();
    }
}
