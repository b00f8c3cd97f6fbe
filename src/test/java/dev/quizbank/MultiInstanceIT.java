package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.quizbank.lti.ags.TestAgsPlatform;
import dev.quizbank.support.OpenApiContract;
import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Against the packaged jar: three instances started together on one empty database, as the service
 * is scaled out, and behaving as one service. Nothing they must share may live in one instance's
 * memory: what one publishes or retires the others serve within a second, a client has one rate-limit
 * budget, and idempotency keys, maxAttempts, the sweeper and grade passback hold across them.
 */
@ExtendWith(OpenApiContract.class)
class MultiInstanceIT {

    private static final String SHEET = "{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"C\"}]}";
    /** What the contract promises for a change made on one instance to reach the others. */
    private static final Duration PROPAGATION = Duration.ofSeconds(1);
    /** The rate limit of these instances: a burst far above what the other tests send from 127.0.0.1, refilled slowly. */
    private static final int BURST = 100;
    /** Behind the trusted proxy 127.0.0.1 (the tests themselves), the client the rate-limit test plays. */
    private static final String LIMITED_CLIENT = "198.51.100.7";
    /** Long enough to start and save over HTTP on a slow machine, short enough to wait for. */
    private static final int TIME_LIMIT_SECONDS = 3;

    private static String database;
    private static ServiceProcess first;
    private static ServiceProcess second;
    private static ServiceProcess third;
    private static List<ServiceProcess> instances;

    @BeforeAll
    static void startThreeInstancesTogether() throws Exception {
        database = TestDatabase.create();
        Map<String, String> config = Map.ofEntries(
                Map.entry("mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY.toAbsolutePath().toString()),
                Map.entry("mp.jwt.verify.issuer", Tokens.ISSUER),
                Map.entry("quiz.rate-limit.per-second", "1"),
                Map.entry("quiz.rate-limit.burst", Integer.toString(BURST)),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1"),
                Map.entry("quiz.attempts.sweep-interval", "1s"),
                Map.entry("quiz.lti.ags.send-interval", "1s"));
        first = ServiceProcess.start(database, config);
        second = ServiceProcess.start(database, config);
        third = ServiceProcess.start(database, config);
        instances = List.of(first, second, third);
        for (ServiceProcess instance : instances) {
            instance.awaitReady(Duration.ofSeconds(120));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServiceProcess instance : instances) {
            instance.close();
        }
        TestDatabase.drop(database);
    }

    @Test
    void shouldPublishTheBundledQuizExactlyOnce() throws Exception {
        assertThat(count("select count(*) from quizbank.quiz where id = 'chapter-20'")).isEqualTo(1);
        assertThat(count("select count(*) from quizbank.quiz_version where quiz_id = 'chapter-20'")).isEqualTo(1);
        assertThat(count("select count(*) from quizbank.question q join quizbank.quiz_version v on v.id = q.quiz_version_id"
                + " where v.quiz_id = 'chapter-20'")).isEqualTo(25);
        for (ServiceProcess instance : instances) {
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

    /** Three instances started together on an empty database generate one tool key between them, and all publish it. */
    @Test
    void shouldGenerateOneToolKeyForEveryInstance() throws Exception {
        assertThat(count("select count(*) from quizbank.lti_tool_key")).isEqualTo(1);
        List<String> kids = new ArrayList<>();
        for (ServiceProcess instance : instances) {
            kids.add(given().baseUri(instance.baseUrl).when().get("/lti/jwks")
                .then().statusCode(200).body("keys", hasSize(1)).extract().path("keys[0].kid"));
        }
        assertThat(kids).doesNotContainNull().containsOnly(kids.getFirst());
    }

    /** Edits that name the same version, sent to the three instances at once: exactly one is published. */
    @Test
    void shouldLetOneOfConcurrentEditsWinAcrossInstances() throws Exception {
        String author = "Bearer " + Tokens.author("ada");
        String source = given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.admin("root"))
                .when().get("/quizzes/chapter-20/source").then().statusCode(200).extract().asString()
                .replace("id: chapter-20", "id: shared-edit");
        given().baseUri(first.baseUrl).header("Authorization", author).contentType("text/markdown; charset=UTF-8").body(source)
                .when().post("/quizzes").then().statusCode(201);
        String tag = given().baseUri(first.baseUrl).get("/quizzes/shared-edit").header("ETag");
        awaitEverywhere("/quizzes/shared-edit", 200);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ServiceProcess instance = instances.get(i % 3);
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
    void shouldHonourOneIdempotencyKeyAcrossInstances() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = count("select count(*) from quizbank.attempt");
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<String> ids = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                ServiceProcess instance = instances.get(i % 3);
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

        for (ServiceProcess instance : instances) {
            given().baseUri(instance.baseUrl).contentType(ContentType.JSON).header("Idempotency-Key", key).body(SHEET)
                .when().post("/attempts")
                .then().statusCode(201).body("id", equalTo(ids.get(0)));
            given().baseUri(instance.baseUrl)
                .when().get("/attempts/" + ids.get(0))
                .then().statusCode(200).body("id", equalTo(ids.get(0))).body("score", equalTo(1));
        }
    }

    @Test
    void shouldServeAnAttemptFromAnyInstance() {
        Response posted = given().baseUri(first.baseUrl).contentType(ContentType.JSON).body(SHEET).when().post("/attempts");
        posted.then().statusCode(201);
        for (ServiceProcess instance : List.of(second, third)) {
            given().baseUri(instance.baseUrl)
                .when().get(posted.header("Location"))
                .then().statusCode(200).body(equalTo(posted.asString()));
        }
    }

    /** Twenty-one concurrent attempts by one learner, spread over the three instances, at a quiz that allows three. */
    @Test
    void shouldHoldMaxAttemptsAcrossInstances() throws Exception {
        publishExamAllowingThreeAttempts();
        String learner = Tokens.learner("split-eve");
        ExecutorService pool = Executors.newFixedThreadPool(21);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                ServiceProcess instance = instances.get(i % 3);
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
        assertThat(statuses).filteredOn(s -> s == 403).hasSize(18);
        assertThat(count("select count(*) from quizbank.attempt where learner_id = 'split-eve'")).isEqualTo(3);
    }

    /**
     * A quiz published on one instance, edited on another and retired on the third: each change is served by the
     * two others within a second of its response (PostgreSQL LISTEN/NOTIFY, no polling).
     */
    @Test
    void shouldServeWhatOneInstancePublishesEditsOrRetiresFromTheOthersWithinASecond() throws Exception {
        String author = "Bearer " + Tokens.author("noether");
        String source = given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.admin("root"))
                .when().get("/quizzes/chapter-20/source").then().statusCode(200).extract().asString()
                .replace("id: chapter-20", "id: propagated");

        given().baseUri(first.baseUrl).header("Authorization", author).contentType("text/markdown; charset=UTF-8").body(source)
                .when().post("/quizzes").then().statusCode(201).body("version", equalTo(1));
        assertServedWithinPropagation(timesUntilServed(first, "propagated", 1));

        String tag = given().baseUri(second.baseUrl).get("/quizzes/propagated").then().statusCode(200).extract().header("ETag");
        given().baseUri(second.baseUrl).header("Authorization", author).header("If-Match", tag)
                .contentType("text/markdown; charset=UTF-8").body(source.replace("supports both synchronous and asynchronous", "supports sync and async"))
                .when().put("/quizzes/propagated").then().statusCode(200).body("version", equalTo(2));
        assertServedWithinPropagation(timesUntilServed(second, "propagated", 2));
        given().baseUri(first.baseUrl).when().get("/quizzes/propagated/questions").then().statusCode(200)
                .body("version", equalTo(2))
                .body("questions[0].text", endsWith("supports sync and async requests natively?"));

        tag = given().baseUri(third.baseUrl).get("/quizzes/propagated").then().statusCode(200).extract().header("ETag");
        given().baseUri(third.baseUrl).header("Authorization", author).header("If-Match", tag)
                .when().delete("/quizzes/propagated").then().statusCode(204);
        assertServedWithinPropagation(timesUntilServed(third, "propagated", null));
        for (ServiceProcess instance : instances) {
            given().baseUri(instance.baseUrl).when().get("/quizzes/propagated/questions?version=1").then().statusCode(404);
        }
    }

    /**
     * Every instance's listening connection is cut, as a failover cuts it, and a quiz is published by hand at once,
     * before any of them can listen again: its notification goes to nobody. Each instance connects again by itself and
     * refreshes its whole catalog, so it serves the quiz all the same.
     */
    @Test
    void shouldCatchUpOnWhatWasPublishedWhileItsListeningConnectionWasDown() throws Exception {
        try (Connection c = TestDatabase.connect(database);
                Statement s = c.createStatement()) {
            var cut = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where datname = current_database() and application_name = 'quizbank catalog listener'");
            cut.next();
            assertThat(cut.getLong(1)).as("listening connections cut").isEqualTo(3);
            s.execute(copyOfChapter20("missed", "null"));
        }
        awaitEverywhere("/quizzes/missed", 200);
        assertThat(count("select count(*) from pg_stat_activity where datname = current_database()"
                + " and application_name = 'quizbank catalog listener'")).as("listening again").isEqualTo(3);
    }

    /**
     * One client's requests spread evenly over the three instances: refused with 429 and Retry-After by every instance
     * once the one budget they share is spent. Each instance alone sees a third of them, well under the burst, so
     * budgets held per instance would refuse none.
     */
    @Test
    void shouldRefuseAClientOnceItsOneBudgetIsSpentWhicheverInstanceItAsks() {
        int sent = BURST + 30;
        int accepted = 0;
        Map<String, Integer> refusedBy = new HashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < sent; i++) {
            ServiceProcess instance = instances.get(i % 3);
            Response answer = given().baseUri(instance.baseUrl).header("X-Forwarded-For", LIMITED_CLIENT)
                    .contentType(ContentType.JSON).body(SHEET).when().post("/attempts");
            if (answer.statusCode() == 201) {
                accepted++;
                continue;
            }
            answer.then().statusCode(429).contentType("application/problem+json")
                    .body("type", endsWith("/problems/rate-limited"));
            assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 2);
            refusedBy.merge(instance.baseUrl, 1, Integer::sum);
        }
        long refilled = Duration.ofNanos(System.nanoTime() - start).toSeconds() + 1;
        assertThat(accepted).as("the burst, and one more per second it took").isBetween(BURST, BURST + (int) refilled);
        assertThat(refusedBy).as("refusals by instance").containsOnlyKeys(first.baseUrl, second.baseUrl, third.baseUrl);
    }

    /** Three instances sweep one database every second: each overdue attempt is submitted exactly once, as saved. */
    @Test
    void shouldSubmitEachOverdueAttemptOnceWithThreeInstancesSweeping() throws Exception {
        String quiz = "timed-three";
        ObjectMapper json = new ObjectMapper();
        ObjectNode exam = (ObjectNode) json.readTree(given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.admin("root"))
                .accept(ContentType.JSON).when().get("/quizzes/chapter-20/source").then().statusCode(200).extract().asString());
        exam.put("id", quiz);
        exam.putObject("settings").put("anonymous", false).put("timeLimitSeconds", TIME_LIMIT_SECONDS);
        given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.author("ada"))
                .contentType(ContentType.JSON).body(json.writeValueAsString(exam))
                .when().post("/quizzes").then().statusCode(201);
        awaitEverywhere("/quizzes/" + quiz, 200);

        int learners = 6;
        for (int i = 0; i < learners; i++) {
            ServiceProcess instance = instances.get(i % 3);
            String token = "Bearer " + Tokens.learner("sweep-" + i);
            var started = given().baseUri(instance.baseUrl).header("Authorization", token).contentType(ContentType.JSON)
                    .when().post("/quizzes/" + quiz + "/attempts")
                    .then().statusCode(201).extract();
            given().baseUri(instance.baseUrl).header("Authorization", token).header("If-Match", started.header("ETag"))
                    .contentType(ContentType.JSON).body("{\"answers\":[{\"question\":1,\"choice\":\"A\"}]}")
                    .when().put("/attempts/" + started.<String>path("id") + "/responses")
                    .then().statusCode(200);
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(TIME_LIMIT_SECONDS + 15).toNanos();
        while (count("select count(*) from quizbank.started_attempt where quiz_id = '" + quiz + "' and submitted_at is null") > 0) {
            assertThat(System.nanoTime()).as("every overdue attempt submitted in time").isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(count("select count(*) from quizbank.attempt where quiz_id = '" + quiz + "'")).isEqualTo(learners);
        assertThat(count("select count(*) from quizbank.attempt where quiz_id = '" + quiz + "' and answered = 1"))
                .as("each graded with the answer it had saved").isEqualTo(learners);
        for (ServiceProcess instance : instances) {
            assertThat(instance.log()).as("no sweep collided with another").doesNotContain("ERROR");
        }
    }

    /**
     * Grades queued for an LMS (rows of the passback outbox, as grading writes them) while three instances run their
     * senders every second: the platform receives each exactly once.
     */
    @Test
    void shouldPassEachGradeBackOnceWithThreeInstancesSending() throws Exception {
        int grades = 30;
        try (TestAgsPlatform platform = TestAgsPlatform.start(first.baseUrl + "/lti/jwks")) {
            long platformId = given().baseUri(first.baseUrl).header("Authorization", "Bearer " + Tokens.admin("operator"))
                    .contentType(ContentType.JSON).body(platform.registration())
                    .when().post("/lti/platforms")
                    .then().statusCode(201).extract().<Integer>path("id").longValue();
            Sql.execute(database, """
                    insert into quizbank.lti_score (platform_id, lineitem, user_id, score_given, score_maximum, scored_at, state, next_try_at)
                    select %d, '%s', 'passback-' || n, n %% 26, 25, date_trunc('milliseconds', clock_timestamp()), 'pending', now()
                    from generate_series(1, %d) n""".formatted(platformId, platform.lineitem("three"), grades));

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (count("select count(*) from quizbank.lti_score where state = 'sent' and platform_id = " + platformId) < grades) {
                assertThat(System.nanoTime()).as("every grade sent in time").isLessThan(deadline);
                Thread.sleep(200);
            }
            // Two more rounds of the senders, for a duplicate to show if one were coming.
            Thread.sleep(2_000);
            assertThat(platform.assertionProblems()).isEmpty();
            assertThat(platform.allScores()).hasSize(grades)
                    .extracting(score -> score.body().path("userId").asText()).doesNotHaveDuplicates();
        }
    }

    /**
     * A copy of chapter-20 with other settings, written by hand in SQL as the publisher stores one: the database's
     * triggers announce it all the same, so every instance serves it without a restart.
     */
    private static void publishExamAllowingThreeAttempts() throws Exception {
        try (Connection c = TestDatabase.connect(database);
                Statement s = c.createStatement()) {
            s.execute(copyOfChapter20("exam", "3"));
        }
        awaitEverywhere("/quizzes/exam", 200);
    }

    /** SQL that stores version 1 of chapter-20 as quiz {@code id} with other settings, as the publisher stores one. */
    private static String copyOfChapter20(String id, String maxAttempts) {
        return """
                DO $$
                DECLARE source bigint; copy bigint; q record; nq bigint;
                BEGIN
                  SELECT id INTO source FROM quizbank.quiz_version WHERE quiz_id = 'chapter-20' AND version = 1;
                  INSERT INTO quizbank.quiz (id) VALUES ('%1$s');
                  INSERT INTO quizbank.quiz_version (quiz_id, version, chapter, title, description, source_sha256,
                      review, review_after_close, anonymous, max_attempts)
                    SELECT '%1$s', 1, chapter, title, description, source_sha256, 'score', 'score', false, %2$s
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
                END $$""".formatted(id, maxAttempts);
    }

    /** Waits, a few seconds at most, until every instance answers {@code path} with {@code status}. */
    private static void awaitEverywhere(String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (ServiceProcess instance : instances) {
            while (given().baseUri(instance.baseUrl).when().get(path).statusCode() != status) {
                assertThat(System.nanoTime()).as(path + " answering " + status + " on " + instance.baseUrl).isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }

    /**
     * How long after the call each instance other than {@code origin} took to serve the quiz as {@code version} (null:
     * to answer 404, retired), polling them all in turn; an instance that never did within ten seconds is left out.
     */
    private static Map<String, Duration> timesUntilServed(ServiceProcess origin, String quizId, Integer version)
            throws InterruptedException {
        long start = System.nanoTime();
        long giveUp = start + Duration.ofSeconds(10).toNanos();
        List<ServiceProcess> others = instances.stream().filter(instance -> instance != origin).toList();
        Map<String, Duration> took = new LinkedHashMap<>();
        while (took.size() < others.size() && System.nanoTime() < giveUp) {
            for (ServiceProcess other : others) {
                if (!took.containsKey(other.baseUrl) && serves(other, quizId, version)) {
                    took.put(other.baseUrl, Duration.ofNanos(System.nanoTime() - start));
                }
            }
            // Not tighter: the polling itself would take CPU from the instances it measures on a small host.
            Thread.sleep(20);
        }
        return took;
    }

    private static boolean serves(ServiceProcess instance, String quizId, Integer version) {
        Response answer = given().baseUri(instance.baseUrl).when().get("/quizzes/" + quizId);
        return version == null ? answer.statusCode() == 404
                : answer.statusCode() == 200 && version.equals(answer.jsonPath().getInt("version"));
    }

    private static void assertServedWithinPropagation(Map<String, Duration> took) {
        System.out.println("Served by the other instances after " + took);
        assertThat(took).as("the two other instances").hasSize(2);
        assertThat(took.values()).as("time to serve the change, by instance: " + took).allMatch(d -> d.compareTo(PROPAGATION) < 0);
    }

    private static long count(String sql) throws SQLException {
        return Sql.count(database, sql);
    }
}
