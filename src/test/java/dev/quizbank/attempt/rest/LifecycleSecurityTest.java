package dev.quizbank.attempt.rest;

import static dev.quizbank.attempt.rest.Lifecycle.as;
import static dev.quizbank.attempt.rest.Lifecycle.read;
import static dev.quizbank.attempt.rest.Lifecycle.save;
import static dev.quizbank.attempt.rest.Lifecycle.start;
import static dev.quizbank.attempt.rest.Lifecycle.submit;
import static dev.quizbank.support.Sheets.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.quizbank.quiz.service.QuizPublisher;
import dev.quizbank.support.Seed;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** From the attacker's side: every operation of the lifecycle with the tokens that must fail, and with another learner's. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class LifecycleSecurityTest {

    @Inject
    QuizPublisher publisher;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void publishQuizzes() {
        publisher.publish("guarded", Seed.TEXT, Lifecycle.settings(false, null, 600, 0));
        publisher.publish("open-timed", Seed.TEXT, Lifecycle.settings(true, null, 600, 0));
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", (Function<String, String>) Tokens::expired),
                Arguments.of("other issuer", (Function<String, String>) Tokens::otherIssuer),
                Arguments.of("wrong key", (Function<String, String>) Tokens::wrongKey),
                Arguments.of("alg none", (Function<String, String>) Tokens::unsigned),
                Arguments.of("garbage", (Function<String, String>) subject -> "not.a.token"));
    }

    private long rows(String where) throws SQLException {
        return Sql.count(dataSource, "select count(*) from quizbank.started_attempt where " + where);
    }

    private static void refused(Response response) {
        response.then().statusCode(401).contentType(PROBLEM_JSON).header("WWW-Authenticate", "Bearer")
            .body("type", equalTo("/problems/unauthorized"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void shouldRefuseABadTokenWith401OnEveryOperationOfTheLifecycle(String kind, Function<String, String> token) throws SQLException {
        String subject = "sec-owner-" + kind.replace(' ', '-');
        String learner = Tokens.learner(subject);
        String id = start(learner, "guarded").then().statusCode(201).extract().path("id");
        long anonymous = rows("quiz_id = 'open-timed'");
        String bad = token.apply(subject);
        refused(start(bad, "guarded"));
        refused(start(bad, "open-timed"));
        refused(read(bad, id));
        refused(save(bad, id, "\"0\"", "{\"question\":1,\"choice\":\"A\"}"));
        refused(submit(bad, id, null));
        refused(as(bad).when().get("/quizzes/guarded/grades"));
        assertThat(rows("id = '" + id + "' and revision = 0 and submitted_at is null")).isEqualTo(1);
        assertThat(rows("quiz_id = 'open-timed'")).isEqualTo(anonymous);
    }

    @Test
    void shouldLetOnlyLearnersStartAQuizForLearners() throws SQLException {
        long before = rows("quiz_id = 'guarded'");
        refused(start(null, "guarded"));
        start(Tokens.author("sec-author"), "guarded").then().statusCode(403).contentType(PROBLEM_JSON)
            .body("type", equalTo("/problems/forbidden"));
        start(Tokens.guest("sec-guest"), "guarded").then().statusCode(403).contentType(PROBLEM_JSON);
        assertThat(rows("quiz_id = 'guarded'")).isEqualTo(before);
    }

    @Test
    void shouldHideALearnersAttemptFromEveryoneElse() throws SQLException {
        String owner = Tokens.learner("sec-ann");
        String id = start(owner, "guarded").then().statusCode(201).extract().path("id");
        save(owner, id, "\"0\"", "{\"question\":1,\"choice\":\"A\"}").then().statusCode(200);
        for (String other : new String[] {Tokens.learner("sec-eve"), Tokens.author("sec-teacher"), null}) {
            read(other, id).then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo("/problems/not-found"));
            save(other, id, "\"1\"", "{\"question\":2,\"choice\":\"B\"}").then().statusCode(404).contentType(PROBLEM_JSON);
            submit(other, id, null).then().statusCode(404).contentType(PROBLEM_JSON);
        }
        assertThat(rows("id = '" + id + "' and revision = 1 and submitted_at is null")).isEqualTo(1);
        // Once graded, authors read it as any graded attempt; other learners still do not.
        submit(owner, id, null).then().statusCode(200);
        read(Tokens.author("sec-teacher"), id).then().statusCode(200);
        read(Tokens.learner("sec-eve"), id).then().statusCode(404);
        save(Tokens.learner("sec-eve"), id, "\"1\"", "{\"question\":2,\"choice\":\"B\"}").then().statusCode(404);
    }

    @Test
    void shouldLetWhoeverHoldsTheIdOfAnAnonymousAttemptGoOnWithIt() {
        String id = start(null, "open-timed").then().statusCode(201).extract().path("id");
        save(Tokens.learner("sec-finder"), id, "\"0\"", "{\"question\":1,\"choice\":\"A\"}").then().statusCode(200);
        read(null, id).then().statusCode(200).body("responses.'1'.choice", equalTo("A"));
    }
}
