package dev.quizbank.attempt.rest;

import static dev.quizbank.attempt.rest.Lifecycle.save;
import static dev.quizbank.attempt.rest.Lifecycle.start;
import static dev.quizbank.attempt.rest.Lifecycle.submit;
import static dev.quizbank.support.Sheets.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

/** The lifecycle's rules hold under concurrent requests: the database decides, not one instance's memory. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class LifecycleConcurrencyTest {

    @Inject
    QuizPublisher publisher;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void publishQuizzes() {
        publisher.publish("busy-exam", Seed.TEXT, Lifecycle.settings(false, null, 600, 0));
        publisher.publish("two-tries", Seed.TEXT, Lifecycle.settings(false, 2, 600, 0));
    }

    private long rows(String table, String where) throws SQLException {
        return Sql.count(dataSource, "select count(*) from quizbank." + table + " where " + where);
    }

    /** Runs {@code calls} all at once (released together) and returns their responses. */
    private static <T> List<T> atOnce(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(calls.size());
        List<Callable<T>> released = calls.stream().<Callable<T>>map(call -> () -> {
            ready.countDown();
            ready.await();
            return call.call();
        }).toList();
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> future : pool.invokeAll(released)) {
                results.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        return results;
    }

    @Test
    void shouldStartOneAttemptForTwentySimultaneousStartsOfOneLearner() throws Exception {
        String learner = Tokens.learner("crowd-cal");
        List<Callable<Response>> starts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            starts.add(() -> start(learner, "busy-exam"));
        }
        List<Response> responses = atOnce(20, starts);
        assertThat(responses).extracting(Response::statusCode).filteredOn(s -> s == 201).hasSize(1);
        assertThat(responses).extracting(Response::statusCode).filteredOn(s -> s == 200).hasSize(19);
        assertThat(new HashSet<>(responses.stream().map(r -> r.<String>path("id")).toList())).hasSize(1);
        assertThat(rows("started_attempt", "learner_id = 'crowd-cal'")).isEqualTo(1);
    }

    @Test
    void shouldLetExactlyOneOfTwoSavesOnTheSameStateWin() throws Exception {
        String learner = Tokens.learner("race-rae");
        String id = start(learner, "busy-exam").then().statusCode(201).extract().path("id");
        for (int round = 0; round < 5; round++) {
            String tag = "\"" + round + "\"";
            List<Callable<Response>> saves = List.of(
                    () -> save(learner, id, tag, "{\"question\":1,\"choice\":\"A\"}"),
                    () -> save(learner, id, tag, "{\"question\":2,\"choice\":\"B\"}"));
            List<Response> responses = atOnce(2, saves);
            assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 412);
            Response lost = responses.stream().filter(r -> r.statusCode() == 412).findFirst().orElseThrow();
            lost.then().contentType(PROBLEM_JSON).body("etag", equalTo("\"" + (round + 1) + "\""));
        }
        assertThat(rows("started_attempt", "id = '" + id + "' and revision = 5")).isEqualTo(1);
    }

    @Test
    void shouldNeverStartMoreThanMaxAttemptsUnderConcurrentStartAndSubmitCycles() throws Exception {
        String learner = Tokens.learner("cycle-cid");
        List<Callable<List<Integer>>> cycles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cycles.add(() -> {
                Response started = start(learner, "two-tries");
                if (started.statusCode() == 403) {
                    started.then().contentType(PROBLEM_JSON).body("type", equalTo("/problems/attempt-limit-reached"));
                    return List.of(403);
                }
                return List.of(started.statusCode(), submit(learner, started.path("id"), null).statusCode());
            });
        }
        List<List<Integer>> outcomes = atOnce(12, cycles);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.getFirst()).isIn(200, 201, 403));
        assertThat(outcomes).filteredOn(outcome -> outcome.getFirst() == 201).hasSizeLessThanOrEqualTo(2);
        assertThat(rows("started_attempt", "learner_id = 'cycle-cid'")).isLessThanOrEqualTo(2);
        assertThat(rows("attempt", "learner_id = 'cycle-cid'")).isLessThanOrEqualTo(2);
        // Whatever the interleaving, the learner can make up to two and no more.
        for (int i = 0; i < 3; i++) {
            Response started = start(learner, "two-tries");
            if (started.statusCode() != 403) {
                submit(learner, started.path("id"), null).then().statusCode(200);
            }
        }
        assertThat(rows("attempt", "learner_id = 'cycle-cid'")).isEqualTo(2);
        start(learner, "two-tries").then().statusCode(403).body("type", equalTo("/problems/attempt-limit-reached"));
        assertThat(rows("started_attempt", "learner_id = 'cycle-cid'")).isEqualTo(2);
    }

    @Test
    void shouldCountOneShotAndStartedAttemptsAlikeAgainstMaxAttempts() throws Exception {
        publisher.publish("mixed-limit", Seed.TEXT, new dev.quizbank.quiz.QuizSettings(dev.quizbank.quiz.QuizSettings.Review.FULL, false, 2));
        String learner = Tokens.learner("mixed-max");
        Lifecycle.as(learner).contentType(io.restassured.http.ContentType.JSON).body("{\"quizId\":\"mixed-limit\",\"answers\":[]}")
            .when().post("/attempts").then().statusCode(201);
        String id = start(learner, "mixed-limit").then().statusCode(201).extract().path("id");
        // The attempt in progress counts: no one-shot sheet past it.
        Lifecycle.as(learner).contentType(io.restassured.http.ContentType.JSON).body("{\"quizId\":\"mixed-limit\",\"answers\":[]}")
            .when().post("/attempts").then().statusCode(403).body("type", equalTo("/problems/attempt-limit-reached"));
        submit(learner, id, null).then().statusCode(200);
        start(learner, "mixed-limit").then().statusCode(403).body("type", equalTo("/problems/attempt-limit-reached"));
        assertThat(rows("attempt", "learner_id = 'mixed-max'")).isEqualTo(2);
    }
}
