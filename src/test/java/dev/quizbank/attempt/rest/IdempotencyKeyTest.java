package dev.quizbank.attempt.rest;

import static dev.quizbank.support.Sheets.PROBLEM_JSON;
import static dev.quizbank.support.Sheets.perfectSheet;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.quizbank.attempt.repository.IdempotencyKeyRepository;
import dev.quizbank.attempt.service.IdempotencyKeys;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(TestDatabase.class)
class IdempotencyKeyTest {

    private static final String SHEET = "{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"C\"}]}";

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyKeys keys;

    private static Response post(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).when().post("/attempts");
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    @Test
    void shouldReplayTheFirstResponseForARetry() throws SQLException {
        String key = newKey();
        Response first = post(key, SHEET);
        first.then().statusCode(201);
        long stored = attempts();

        Response retry = post(key, SHEET);
        retry.then().statusCode(201).header("Location", equalTo(first.header("Location")));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(attempts()).isEqualTo(stored);
    }

    @Test
    void shouldTreatTheQuotedAndTheBareFormAsOneKey() throws SQLException {
        String key = newKey();
        Response quoted = post("\"" + key + "\"", SHEET);
        quoted.then().statusCode(201);
        long stored = attempts();
        Response bare = post(key, SHEET.replace("\"C\"", "\"c\""));
        bare.then().statusCode(201);
        assertThat(bare.asString()).isEqualTo(quoted.asString());
        assertThat(attempts()).isEqualTo(stored);

        String escaped = "a\"b\\c";
        post("\"a\\\"b\\\\c\"", SHEET).then().statusCode(201);
        post(escaped, SHEET).then().statusCode(201).body("id", equalTo(post("\"a\\\"b\\\\c\"", SHEET).jsonPath().getString("id")));
    }

    @Test
    void shouldRefuseAKeyReusedWithADifferentBody() throws SQLException {
        String key = newKey();
        post(key, SHEET).then().statusCode(201);
        long stored = attempts();
        post(key, SHEET.replace("\"C\"", "\"D\""))
            .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("status", equalTo(422));
        assertThat(attempts()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"unterminated", "\"bad\\escape\"", "\"in\"side\"", "tab\there", "caf\u00e9"})
    void shouldRefuseMalformedKeysWith400(String key) throws SQLException {
        long before = attempts();
        post(key, SHEET)
            .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("Idempotency-Key"))
                .body("violations[0].in", equalTo("header"));
        assertThat(attempts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseKeysLongerThan255Characters() {
        post("k".repeat(256), SHEET).then().statusCode(400);
        post("k".repeat(255), SHEET).then().statusCode(201);
    }

    @Test
    void shouldAnswer409WhileTheFirstRequestIsInFlight() throws SQLException {
        String key = newKey();
        try (Connection holder = dataSource.getConnection();
                PreparedStatement claim = holder.prepareStatement(
                        "select pg_advisory_lock(" + IdempotencyKeyRepository.lockOf("?") + ")")) {
            claim.setString(1, key);
            claim.execute();
            long before = attempts();
            post(key, SHEET)
                .then()
                    .statusCode(409)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("/problems/idempotency-key-in-flight"));
            assertThat(attempts()).isEqualTo(before);
            try (PreparedStatement release = holder.prepareStatement("select pg_advisory_unlock_all()")) {
                release.execute();
            }
        }
        post(key, SHEET).then().statusCode(201);
    }

    @Test
    void shouldCreateOneAttemptForTwentyFourConcurrentIdenticalRequests() throws Exception {
        String key = newKey();
        String body = perfectSheet();
        long before = attempts();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(() -> post(key, body));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> future : pool.invokeAll(calls)) {
                Response response = future.get();
                assertThat(response.statusCode()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    ids.add(response.jsonPath().getString("id"));
                } else {
                    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
                }
            }
            assertThat(ids).isNotEmpty();
            assertThat(ids).allMatch(ids.get(0)::equals);
        } finally {
            pool.shutdown();
        }
        assertThat(attempts()).isEqualTo(before + 1);
        post(key, body).then().statusCode(201);
        assertThat(attempts()).isEqualTo(before + 1);
    }

    @Test
    void shouldPurgeKeysPastTheirRetention() throws SQLException {
        String key = newKey();
        post(key, SHEET).then().statusCode(201);
        execute("update quizbank.idempotency_key set created_at = now() - interval '25 hours' where key = '" + key + "'");
        String fresh = newKey();
        post(fresh, SHEET).then().statusCode(201);

        assertThat(keys.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(count("select count(*) from quizbank.idempotency_key where key = '" + key + "'")).isZero();
        assertThat(count("select count(*) from quizbank.idempotency_key where key = '" + fresh + "'")).isEqualTo(1);
        long before = attempts();
        post(key, SHEET).then().statusCode(201);
        assertThat(attempts()).isEqualTo(before + 1);
    }

    private long attempts() throws SQLException {
        return count("select count(*) from quizbank.attempt");
    }

    private void execute(String sql) throws SQLException {
        Sql.execute(dataSource, sql);
    }

    private long count(String sql) throws SQLException {
        return Sql.count(dataSource, sql);
    }
}
