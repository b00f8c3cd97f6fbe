package dev.quizbank.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.RawHttp;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The rate limit keys on the token's subject, or without a token on the client address that Quarkus's proxy
 * support resolves: the connection's peer, or, from a trusted proxy only, the client it names. Here 127.0.0.2
 * plays the trusted proxy and 127.0.0.1 a client that connects directly.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
@TestProfile(RateLimitTest.Limited.class)
class RateLimitTest {

    @Inject
    RateLimiter limiter;

    @Inject
    DataSource dataSource;

    private static final String PROXY = "127.0.0.2";
    private static final String SHEET = "{\"quizId\":\"chapter-20\",\"answers\":[]}";

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.rate-limit.enabled", "true", "quiz.rate-limit.per-second", "1",
                    "quiz.rate-limit.burst", "3",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", PROXY);
        }
    }

    /** A POST that the trusted proxy forwards for {@code client}. */
    private static RawHttp.Answer viaProxy(String client) throws IOException {
        return viaProxy(client, "POST /attempts", "", SHEET);
    }

    /** {@code request} (method and path) with {@code headers} and {@code body}, forwarded for {@code client}. */
    private static RawHttp.Answer viaProxy(String client, String request, String headers, String body) throws IOException {
        String message = request + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                + "Content-Type: application/json\r\nX-Forwarded-For: " + client + "\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        return RawHttp.send(RestAssured.port, message.getBytes(StandardCharsets.UTF_8), PROXY, 10_000);
    }

    private static Response direct(String spoofedFor) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", spoofedFor).body(SHEET)
            .when().post("/attempts");
    }

    @Test
    void shouldRefuseAClientOverItsBurstWith429AndRetryAfter() throws IOException {
        for (int i = 0; i < 3; i++) {
            assertThat(viaProxy("192.0.2.1").status()).isEqualTo(201);
        }
        RawHttp.Answer refused = viaProxy("192.0.2.1");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.body()).contains("/problems/rate-limited");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 2);

        assertThat(viaProxy("192.0.2.2").status()).as("another client behind the same proxy").isEqualTo(201);
    }

    /** A school's learners share its address: each spends a budget of their own, and the address keeps its own too. */
    @Test
    void shouldGiveEachSignedInLearnerABudgetOfTheirOwnBehindOneAddress() throws IOException {
        String school = "192.0.2.70";
        for (String learner : new String[] {"pupil-1", "pupil-2"}) {
            String bearer = "Authorization: Bearer " + Tokens.learner(learner) + "\r\n";
            for (int i = 0; i < 3; i++) {
                assertThat(viaProxy(school, "POST /attempts", bearer, SHEET).status()).as(learner).isEqualTo(201);
            }
            RawHttp.Answer refused = viaProxy(school, "POST /attempts", bearer, SHEET);
            assertThat(refused.status()).as(learner + " over their own burst").isEqualTo(429);
            assertThat(refused.body()).contains("/problems/rate-limited");
        }
        assertThat(viaProxy(school).status()).as("an anonymous client at the address, with the address's budget").isEqualTo(201);
    }

    @Test
    void shouldIgnoreForwardedForFromAClientThatIsNoTrustedProxy() {
        int created = 0;
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            Response response = direct("10.9.9." + i + ", 127.0.0.1");
            if (response.statusCode() == 201) {
                created++;
            } else {
                response.then().statusCode(429).body("type", equalTo("/problems/rate-limited"));
            }
        }
        // The bucket refills one a second, so a slow machine earns a few more; ten buckets would let all ten through.
        long refills = (System.nanoTime() - started) / 1_000_000_000L + 1;
        assertThat(created).as("one bucket for 127.0.0.1, whatever it claims").isLessThanOrEqualTo((int) Math.min(3 + refills, 9));
    }

    @Test
    void shouldHoldStartsSavesAndSubmitsToTheSameBudget() throws IOException {
        String client = "192.0.2.5";
        RawHttp.Answer started = viaProxy(client, "POST /quizzes/chapter-20/attempts", "", "");
        assertThat(started.status()).isEqualTo(201);
        String attempt = started.header("Location");
        String save = "{\"answers\":[{\"question\":1,\"choice\":\"A\"}]}";
        RawHttp.Answer refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            RawHttp.Answer saved = viaProxy(client, "PUT " + attempt + "/responses", "If-Match: *\r\n", save);
            if (saved.status() == 429) {
                refused = saved;
            } else {
                assertThat(saved.status()).isEqualTo(200);
            }
        }
        assertThat(refused).as("the saves run the bucket dry").isNotNull();
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.body()).contains("/problems/rate-limited");
        assertThat(viaProxy(client, "POST /quizzes/chapter-20/attempts", "", "").status()).isEqualTo(429);
        assertThat(viaProxy(client, "POST " + attempt + "/submit", "", "").status()).isEqualTo(429);
        given().when().get(attempt).then().statusCode(200).body("state", equalTo("inProgress"));
    }

    /** The buckets are rows that every instance shares; a row whose client stayed idle until it refilled is deleted. */
    @Test
    void shouldKeepEachClientsBucketInTheSharedTableAndDeleteItOnceIdle() throws Exception {
        assertThat(viaProxy("192.0.2.60").status()).isEqualTo(201);
        assertThat(viaProxy("192.0.2.61").status()).isEqualTo(201);
        assertThat(Sql.count(dataSource, "select count(*) from quizbank.rate_limit_bucket where id in ('ip:192.0.2.60', 'ip:192.0.2.61')"
                + " and expires_at > extract(epoch from now()) * 1000")).as("both buckets, expiring later").isEqualTo(2);

        // As if 192.0.2.60 had been idle since: its bucket has refilled, and is worth nothing.
        Sql.execute(dataSource, "update quizbank.rate_limit_bucket set expires_at = 0 where id = 'ip:192.0.2.60'");
        limiter.removeIdleBuckets();

        assertThat(Sql.count(dataSource, "select count(*) from quizbank.rate_limit_bucket where id = 'ip:192.0.2.60'")).isZero();
        assertThat(Sql.count(dataSource, "select count(*) from quizbank.rate_limit_bucket where id = 'ip:192.0.2.61'")).isEqualTo(1);
        assertThat(viaProxy("192.0.2.60").status()).as("a client come back starts a new bucket").isEqualTo(201);
    }

    @Test
    void shouldNotLimitReads() {
        for (int i = 0; i < 10; i++) {
            given().when().get("/quizzes/chapter-20").then().statusCode(200);
        }
    }

    @Test
    void shouldRefillTheBucketOverTime() throws InterruptedException, IOException {
        // Until the bucket runs dry: a slow machine may see a refill during the burst of three.
        int created = 0;
        int status;
        while ((status = viaProxy("192.0.2.4").status()) == 201) {
            created++;
            assertThat(created).as("the bucket runs dry").isLessThan(10);
        }
        assertThat(status).isEqualTo(429);
        assertThat(created).as("the burst").isGreaterThanOrEqualTo(3);
        Thread.sleep(1_100);
        assertThat(viaProxy("192.0.2.4").status()).isEqualTo(201);
    }
}
