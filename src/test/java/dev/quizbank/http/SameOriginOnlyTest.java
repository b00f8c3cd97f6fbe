package dev.quizbank.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.RawHttp;
import dev.quizbank.support.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Cross-origin use (README, Configuration): with no origin configured, only same-origin pages may call the API. The
 * page's origin is compared with the request's own, as the client sees it: through a trusted proxy
 * (127.0.0.2 here), with the scheme it forwards.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
@TestProfile(SameOriginOnlyTest.NoOriginListed.class)
class SameOriginOnlyTest {

    private static final String PROXY = "127.0.0.2";
    private static final String SHEET = "{\"quizId\":\"chapter-20\",\"answers\":[]}";

    public static class NoOriginListed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", PROXY);
        }
    }

    private static RawHttp.Answer post(String headers, String from) throws IOException {
        String request = "POST /attempts HTTP/1.1\r\n" + headers + "Content-Type: application/json\r\nContent-Length: "
                + SHEET.length() + "\r\nConnection: close\r\n\r\n" + SHEET;
        return RawHttp.send(RestAssured.port, request.getBytes(StandardCharsets.UTF_8), from, 10_000);
    }

    private static RawHttp.Answer get(String headers) throws IOException {
        return RawHttp.send(RestAssured.port, "GET /quizzes/chapter-20/questions HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n");
    }

    @Test
    void shouldServeSameOriginPages() throws IOException {
        RawHttp.Answer own = post("Host: localhost:" + RestAssured.port + "\r\nOrigin: http://localhost:" + RestAssured.port + "\r\n", null);
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.header("Access-Control-Allow-Origin")).isNull();
        assertThat(get("Host: quiz.example.org\r\nOrigin: http://quiz.example.org\r\n").status()).isEqualTo(200);
        assertThat(get("Host: quiz.example.org\r\nOrigin: http://quiz.example.org:80\r\n").status()).as("the default port").isEqualTo(200);
        assertThat(get("Host: localhost\r\n").status()).as("no Origin at all").isEqualTo(200);
    }

    @Test
    void shouldTakeTheOriginThatATrustedProxyForwards() throws IOException {
        String forwarded = "Host: quiz.example.org\r\nX-Forwarded-Proto: https\r\nOrigin: https://quiz.example.org\r\n";
        assertThat(post(forwarded, PROXY).status()).isEqualTo(201);
        RawHttp.Answer direct = post(forwarded, null);
        assertThat(direct.status()).as("forwarded headers from a client that is no trusted proxy count for nothing").isEqualTo(403);
        assertThat(direct.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void shouldRefuseEveryOtherOriginAsAProblem() throws IOException {
        for (String origin : new String[] {"https://app.example.org", "https://quiz.example.org", "http://quiz.example.org:8080",
                "http://quiz.example.org/page", "null"}) {
            RawHttp.Answer refused = get("Host: quiz.example.org\r\nOrigin: " + origin + "\r\n");
            assertThat(refused.status()).as(origin).isEqualTo(403);
            assertThat(refused.header("Content-Type")).as(origin).isEqualTo("application/problem+json");
            assertThat(refused.body()).as(origin).contains("\"type\":\"about:blank\"").contains("Origin may not call the API");
        }
    }
}
