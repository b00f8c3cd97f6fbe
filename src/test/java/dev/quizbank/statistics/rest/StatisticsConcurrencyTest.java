package dev.quizbank.statistics.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.service.QuizPublisher;
import dev.quizbank.statistics.service.StatisticsPermits;
import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Statistics are computed one at a time here, with one more request allowed to wait: the test holds
 * the one turn itself, so which requests wait and which are refused does not depend on timing.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
@TestProfile(StatisticsConcurrencyTest.OneAtATime.class)
class StatisticsConcurrencyTest {

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.statistics.max-concurrent", "1", "quiz.statistics.max-queued", "1",
                    "quiz.statistics.max-wait", "60s");
        }
    }

    private static final String QUIZ = "busy-stats";
    /** The quiz is published by the service itself, so no author owns it: admin reads its statistics. */
    private static final String AUTHOR = "Bearer " + Tokens.admin("busy-admin");
    /** Every statistics operation and representation, for the flood. */
    private static final List<String[]> OPERATIONS = List.of(new String[] {"", "application/json"},
            new String[] {"", "text/csv"}, new String[] {"/histogram", "image/svg+xml"}, new String[] {"/items", "image/svg+xml"});

    @Inject
    StatisticsPermits permits;

    @Inject
    QuizPublisher publisher;

    @Test
    void shouldRefuseWhatCannotWaitAndServeTheOneWaitingOnceATurnIsFree() throws Exception {
        publisher.publish(QUIZ, Seed.TEXT);
        int flood = 8;
        ExecutorService clients = Executors.newFixedThreadPool(flood);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            try (StatisticsPermits.Permit held = permits.acquire()) {
                for (int i = 0; i < flood; i++) {
                    String[] operation = OPERATIONS.get(i % OPERATIONS.size());
                    answers.add(clients.submit(() -> given().header("Authorization", AUTHOR).accept(operation[1])
                            .when().get("/quizzes/" + QUIZ + "/statistics" + operation[0]).andReturn()));
                }
                // One request may wait for the turn the test holds; every other one is refused at once.
                awaitDone(answers, flood - 1);
                assertThat(answers.stream().filter(Future::isDone)).hasSize(flood - 1);
            }
            List<Response> all = new ArrayList<>();
            for (Future<Response> answer : answers) {
                all.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(all).extracting(Response::statusCode).containsOnly(200, 503)
                    .filteredOn(status -> status == 200).hasSize(1);
            for (Response refused : all.stream().filter(r -> r.statusCode() == 503).toList()) {
                assertThat(refused.contentType()).isEqualTo("application/problem+json");
                assertThat(refused.header("Retry-After")).isEqualTo("2");
                assertThat(refused.jsonPath().getString("type")).isEqualTo("/problems/busy");
                assertThat(refused.jsonPath().getInt("status")).isEqualTo(503);
                assertThat(refused.jsonPath().getString("detail")).contains("retry shortly");
            }
        } finally {
            clients.shutdownNow();
        }
        // The turns all came back: the next request is computed at once.
        given().header("Authorization", AUTHOR).when().get("/quizzes/" + QUIZ + "/statistics")
            .then().statusCode(200).contentType("application/json");
    }

    private static void awaitDone(List<Future<Response>> answers, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (answers.stream().filter(Future::isDone).count() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
