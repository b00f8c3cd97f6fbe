package dev.quizbank.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.RawHttp;
import dev.quizbank.support.Seed;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** HTTP hygiene and cross-origin use (docs/reliability.md, README): what every endpoint does with odd requests. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class HttpHygieneTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String SHEET = "{\"quizId\":\"chapter-20\",\"answers\":[]}";

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/attempts");
    }

    @Test
    void shouldDateEveryAnswerInTheFormatOfRfc9110() {
        String token = "Bearer " + Tokens.learner("dated-dan");
        List<Response> answers = List.of(
            given().when().get("/quizzes/chapter-20/questions"),
            given().header("Authorization", token).when().get("/quizzes/chapter-20/questions"),
            post(SHEET),
            given().when().get("/quizzes/no-such-quiz"),
            given().contentType("text/plain").body("x").when().post("/attempts"),
            given().when().get("/attempts"),
            given().baseUri("http://localhost").port(managementUrl.getPort()).when().get("/q/health/ready"));
        Instant before = Instant.now().minusSeconds(5);
        for (Response answer : answers) {
            String date = answer.header("Date");
            assertThat(date).as("Date of a %d", answer.statusCode()).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
            assertThat(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .isBetween(before.minusSeconds(60), Instant.now().plusSeconds(1));
        }
        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200, 201, 404, 415, 401, 200);
    }

    @Test
    void shouldKeepBrowsersFromSniffingOrRunningWhatTheApiServes() {
        given().when().get("/quizzes/chapter-20/questions").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", nullValue());
        post("{}").then().statusCode(400).contentType(PROBLEM_JSON).header("X-Content-Type-Options", "nosniff");

        String author = "Bearer " + Tokens.author("policy-pia");
        given().header("Authorization", author).contentType("text/markdown; charset=UTF-8").body(Seed.TEXT).queryParam("id", "policed")
            .when().post("/quizzes").then().statusCode(201);
        for (String accept : List.of("text/markdown", "application/json", "text/x-gift", "application/xml", "application/zip")) {
            given().header("Authorization", author).accept(accept).when().get("/quizzes/policed/source").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff");
        }
        for (String drawing : List.of("histogram", "items")) {
            given().header("Authorization", author).accept("image/svg+xml").when().get("/quizzes/policed/statistics/" + drawing)
                .then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void shouldRefuseARepeatedKeyNamingTheField() {
        post("{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"A\",\"choice\":\"C\"}]}")
            .then().statusCode(400).contentType(PROBLEM_JSON)
            .body("violations[0].field", equalTo("answers[0].choice"))
            .body("violations[0].message", equalTo("appears more than once"));
        post("{\"quizId\":\"chapter-20\",\"quizId\":\"other\",\"answers\":[]}")
            .then().statusCode(400).body("violations[0].field", equalTo("quizId"));
    }

    @Test
    void shouldRefuseAnUnknownFieldNamingIt() {
        post("{\"quizId\":\"chapter-20\",\"quizVerison\":1,\"answers\":[]}")
            .then().statusCode(400).contentType(PROBLEM_JSON)
            .body("violations[0].field", equalTo("quizVerison"))
            .body("violations[0].message", equalTo("is not a field of this request"));
        post("{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"A\",\"weight\":2}]}")
            .then().statusCode(400).body("violations[0].field", equalTo("answers[0].weight"));
    }

    @Test
    void shouldRefuseAWriteWithoutContentTypeWith415() throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST /attempts HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\nContent-Length: " + SHEET.length() + "\r\n\r\n" + SHEET);
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM_JSON);
        assertThat(answer.body()).contains("Content-Type");
    }

    @Test
    void shouldCapViolationsAtAHundred() {
        String answers = IntStream.rangeClosed(1, 150).mapToObj(i -> "{\"question\":" + (100 + i) + ",\"choice\":\"A\"}")
                .collect(Collectors.joining(","));
        post("{\"quizId\":\"chapter-20\",\"answers\":[" + answers + "]}")
            .then().statusCode(422).contentType(PROBLEM_JSON)
            .body("violations", hasSize(100))
            .body("truncated", equalTo(true))
            .body("violationCount", equalTo(150));
        post("{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":99,\"choice\":\"A\"}]}")
            .then().statusCode(422).body("violations", hasSize(1)).body("truncated", nullValue());
    }

    @Test
    void shouldRefuseAnEmptyOrARepeatedIdempotencyKey() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "").body(SHEET)
            .when().post("/attempts")
            .then().statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "\"a\"").header("Idempotency-Key", "\"b\"").body(SHEET)
            .when().post("/attempts")
            .then().statusCode(400).body("violations[0].message", equalTo("must be sent once"));
    }

    @Test
    void shouldCompareIfNoneMatchWeakly() {
        String etag = given().when().get("/quizzes/chapter-20/questions").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", "W/" + etag).when().get("/quizzes/chapter-20/questions").then().statusCode(304);
        given().header("If-None-Match", "*").when().get("/quizzes/chapter-20").then().statusCode(304);
        given().header("If-None-Match", "W/\"other\"").when().get("/quizzes/chapter-20/questions").then().statusCode(200);
    }

    @Test
    void shouldGzipJsonForClientsThatAcceptIt() throws Exception {
        Response zipped = given().header("Accept-Encoding", "gzip").when().get("/quizzes/chapter-20/questions");
        zipped.then().statusCode(200).header("Content-Encoding", "gzip");
        assertThat(zipped.jsonPath().getList("questions")).hasSize(25);
        RawHttp.Answer plain = RawHttp.send(RestAssured.port,
                "GET /quizzes/chapter-20/questions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(plain.body()).startsWith("{\"quizId\":\"chapter-20\"");
        assertThat(zipped.asString()).isEqualTo(plain.body());
        assertThat(zipped.header("Vary")).isEqualTo("Accept-Encoding");
        RawHttp.Answer refused = RawHttp.send(RestAssured.port,
                "GET /quizzes/chapter-20/questions HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip;q=0, identity\r\nConnection: close\r\n\r\n");
        assertThat(refused.header("Content-Encoding")).isNull();
        assertThat(refused.body()).isEqualTo(plain.body());
        RawHttp.Answer refusedBesideAny = RawHttp.send(RestAssured.port,
                "GET /quizzes/chapter-20/questions HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip;q=0, *\r\nConnection: close\r\n\r\n");
        assertThat(refusedBesideAny.status()).isEqualTo(200);
        assertThat(refusedBesideAny.header("Content-Encoding")).as("'*' stands only for codings the client does not list")
                .isNotNull().isNotEqualTo("gzip");
        given().header("Accept-Encoding", "br, *").when().get("/quizzes/chapter-20/questions")
                .then().statusCode(200).header("Content-Encoding", "gzip");
    }

    @Test
    void shouldDescribe405And406WithoutFrameworkWords() {
        given().when().delete("/attempts").then().statusCode(405).contentType(PROBLEM_JSON)
            .body("detail", not(containsString("@")));
        given().accept("text/html").when().get("/quizzes").then().statusCode(406).contentType(PROBLEM_JSON)
            .body("detail", not(containsString("@Produces")))
            .body("detail", containsString("application/json"));
    }

    @Test
    void shouldAnswerLongTargetsAndBigHeadersWithProblems() {
        given().queryParam("x", "a".repeat(5000)).when().get("/quizzes")
            .then().statusCode(414).contentType(PROBLEM_JSON).body("status", equalTo(414));
        given().header("X-Padding", "a".repeat(20_000)).when().get("/quizzes")
            .then().statusCode(431).contentType(PROBLEM_JSON).body("status", equalTo(431));
    }

    @Test
    void shouldAnswerWhatTheRouterRefusesWithProblems() throws Exception {
        RawHttp.Answer noHost = RawHttp.send(RestAssured.port, "GET /quizzes HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertThat(noHost.status()).isEqualTo(400);
        assertThat(noHost.header("Content-Type")).isEqualTo(PROBLEM_JSON);
        assertThat(noHost.body()).contains("\"status\":400");
        for (String target : List.of("/attempts/%ZZ", "/quizzes/chapter-20%", "/quizzes?page=%zz", "/quizzes/a|b",
                "/quizzes/chapter-20/questions?version=1%")) {
            RawHttp.Answer malformed = RawHttp.send(RestAssured.port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(malformed.status()).as(target).isEqualTo(400);
            assertThat(malformed.header("Content-Type")).as(target).isEqualTo(PROBLEM_JSON);
            assertThat(malformed.body()).as(target).contains("\"status\":400").doesNotContain("Exception", "java.");
        }
    }

    @Test
    void shouldRefuseTwoAuthorizationsAsAProblem() throws Exception {
        RawHttp.Answer two = RawHttp.send(RestAssured.port, "GET /attempts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.learner("two-ann") + "\r\nAuthorization: Bearer " + Tokens.author("two-bob") + "\r\nConnection: close\r\n\r\n");
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.header("Content-Type")).isEqualTo(PROBLEM_JSON);
        assertThat(two.body()).contains("A request presents one Authorization.");
    }

    @Test
    void shouldRefuseHeadersWithBytesHttpDoesNotAllowAsProblems() throws Exception {
        for (String header : List.of("X-B\u0001ad: 1", "X Bad: 1", "X-Bad(1): 1", ": 1", "X-Bad: a\u0001b", "X-Bad: a\u007fb",
                "Accept: application/json\u0000")) {
            RawHttp.Answer refused = RawHttp.send(RestAssured.port, "GET /quizzes HTTP/1.1\r\nHost: localhost\r\n" + header
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(refused.status()).as(header).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(header).isEqualTo(PROBLEM_JSON);
            assertThat(refused.body()).as(header).contains("HTTP does not allow").doesNotContain("\u0001", "Exception");
        }
        RawHttp.Answer obsText = RawHttp.send(RestAssured.port, "GET /quizzes HTTP/1.1\r\nHost: localhost\r\nX-Note: caf\u00e9\tau lait"
                + "\r\nConnection: close\r\n\r\n");
        assertThat(obsText.status()).as("obs-text and a tab are allowed in a value").isEqualTo(200);
    }

    /** An answer that says Connection: close closes it: Vert.x alone would serve what is pipelined behind. */
    @Test
    void shouldCloseTheConnectionItSaysItClosesSoNothingIsServedBehindIt() throws Exception {
        String behind = "GET /quizzes/chapter-20 HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String write = "POST /attempts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
        List<Map.Entry<String, String>> refusals = List.of(
                Map.entry("HTTP/1.1 400 ", write + "Transfer-Encoding : chunked\r\n\r\n" + behind),
                Map.entry("HTTP/1.1 400 ", write + "Transfer-Encoding: xchunked\r\n\r\n" + behind),
                Map.entry("HTTP/1.1 400 ", "GET /quizzes HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n\r\n" + behind),
                Map.entry("HTTP/1.1 400 ", "GET /quizzes HTTP/1.1\r\nHost: localhost\r\nHost: elsewhere\r\n\r\n" + behind),
                Map.entry("HTTP/1.1 415 ", "POST /attempts HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}" + behind));
        for (var refusal : refusals) {
            String received = RawHttp.untilClosed(RestAssured.port, refusal.getValue(), 5_000);
            assertThat(received).as(refusal.getValue()).startsWith(refusal.getKey()).containsIgnoringCase("Connection: close")
                    .contains("application/problem+json");
            assertThat(received.split("HTTP/1.1 ", -1)).as("one answer, then the connection closes").hasSize(2);
        }
    }

    @Test
    void shouldAnswerTheManagementPortsRefusalsAsProblems() throws Exception {
        for (String request : List.of("GET /q/health/%ZZ HTTP/1.1\r\nHost: localhost\r\n",
                "GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\nX B: 1\r\n",
                "GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0001b\r\n")) {
            RawHttp.Answer refused = RawHttp.send(managementUrl.getPort(), request + "Connection: close\r\n\r\n");
            assertThat(refused.status()).as(request).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(request).isEqualTo(PROBLEM_JSON);
            assertThat(refused.body()).as(request).contains("\"status\":400").doesNotContain("Exception");
        }
        RawHttp.Answer ready = RawHttp.send(managementUrl.getPort(), "GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\": \"UP\"");
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheLimitWith413() throws Exception {
        StringBuilder request = new StringBuilder("POST /attempts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n");
        String chunk = "a".repeat(8192);
        for (int i = 0; i < 9; i++) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        request.append("0\r\n\r\n");
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, request.toString());
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM_JSON);
        assertThat(answer.body()).contains("65536");
    }

    @Test
    void shouldAnswerAnEmptyChunkedBodyAtOnce() throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST /attempts HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM_JSON);
        assertThat(answer.body()).contains("\"field\":\"body\"");
    }

    @Test
    void shouldAnswerAStalledBodyWith408AndCloseTheConnection() throws Exception {
        long start = System.nanoTime();
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, ("POST /attempts HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"quizId\"").getBytes(StandardCharsets.UTF_8),
                null, 10_000);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(answer.status()).isEqualTo(408);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM_JSON);
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(seconds).as("quiz.body-timeout is 2 s in tests").isBetween(1.5, 6.0);
    }

    @Test
    void shouldAllowPreflightsFromListedOriginsOnly() throws Exception {
        for (String origin : List.of("https://app.example.org", "https://pr-12.preview.example.org")) {
            given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key,authorization")
                .when().options("/attempts")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Max-Age", "3600");
            given().header("Origin", origin).contentType(ContentType.JSON).body(SHEET)
                .when().post("/attempts")
                .then().statusCode(201)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
        }
        for (String origin : List.of("https://evil.example", "https://evil.preview.example.org.attacker.example",
                "null", "http://app.example.org")) {
            RawHttp.Answer preflight = RawHttp.send(RestAssured.port, "OPTIONS /attempts HTTP/1.1\r\nHost: localhost\r\n"
                    + "Origin: " + origin + "\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
            RawHttp.Answer write = RawHttp.send(RestAssured.port, "POST /attempts HTTP/1.1\r\nHost: localhost\r\n"
                    + "Origin: " + origin + "\r\nContent-Type: application/json\r\nContent-Length: " + SHEET.length()
                    + "\r\nConnection: close\r\n\r\n" + SHEET);
            RawHttp.Answer read = RawHttp.send(RestAssured.port, "GET /quizzes/chapter-20/questions HTTP/1.1\r\nHost: localhost\r\n"
                    + "Origin: " + origin + "\r\nConnection: close\r\n\r\n");
            for (RawHttp.Answer refused : List.of(preflight, write, read)) {
                assertThat(refused.head()).as(origin).startsWith("HTTP/1.1 403 Forbidden\r\n");
                assertThat(refused.header("Content-Type")).as(origin).isEqualTo(PROBLEM_JSON);
                assertThat(refused.body()).as(origin).contains("\"status\":403").contains("Origin may not call the API");
                assertThat(refused.header("Access-Control-Allow-Origin")).as(origin).isNull();
            }
        }
        given().header("Origin", "http://localhost:" + RestAssured.port).contentType(ContentType.JSON).body(SHEET)
            .when().post("/attempts")
            .then().statusCode(201)
            .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldReadOddButLegalAcceptHeadersAsNoPreference() throws Exception {
        // Sent raw: RestAssured's client adds an Accept-Encoding of its own.
        for (String codings : List.of(";", ";;", ",;", ";,")) {
            for (String path : List.of("/quizzes/chapter-20", "/quizzes")) {
                RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Accept-Encoding: " + codings + "\r\nConnection: close\r\n\r\n");
                assertThat(answer.status()).as(codings + " on " + path).isEqualTo(200);
                assertThat(answer.header("Content-Encoding")).as(codings + " on " + path).isNotEqualTo("gzip");
                assertThat(answer.body()).startsWith("{");
            }
        }
        String author = "Bearer " + Tokens.admin("hygiene-ada");
        for (String accept : List.of("", " ", "\t")) {
            given().header("Authorization", author).header("Accept", accept).when().get("/quizzes/chapter-20/source")
                .then().statusCode(200).contentType(containsString("text/markdown"));
            given().header("Authorization", author).header("Accept", accept).when().get("/quizzes/chapter-20/statistics")
                .then().statusCode(200).contentType(containsString("application/json"));
            // Two Accept headers, one of them blank; raw, as RestAssured would keep only the last.
            for (String[] wanted : List.of(new String[] {"/quizzes/chapter-20/source", "application/zip"},
                    new String[] {"/quizzes/chapter-20/statistics", "text/csv"})) {
                RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET " + wanted[0] + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: " + author + "\r\nAccept:" + accept + "\r\nAccept: " + wanted[1]
                        + "\r\nConnection: close\r\n\r\n");
                assertThat(answer.status()).as(wanted[0]).isEqualTo(200);
                assertThat(answer.header("Content-Type")).as(wanted[0]).startsWith(wanted[1]);
            }
        }
    }

    @Test
    void shouldVaryOnOriginOnceWhereOriginsAreListed() {
        // The read route and a resource; no Origin, a listed one, the page's own.
        for (String path : List.of("/quizzes/chapter-20", "/quizzes")) {
            for (String origin : java.util.Arrays.asList(null, "https://app.example.org", "http://localhost:" + RestAssured.port)) {
                var request = origin == null ? given() : given().header("Origin", origin);
                List<String> vary = request.when().get(path).then().statusCode(200).extract().headers().getValues("Vary");
                assertThat(vary.stream().flatMap(value -> java.util.Arrays.stream(value.split(","))).map(String::strip)
                        .filter("Origin"::equalsIgnoreCase)).as(path + " from " + origin).hasSize(1);
            }
        }
    }

    @Test
    void shouldServeTheCommittedDocument() throws Exception {
        String served = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.readTree(served)).isEqualTo(json.readTree(java.nio.file.Path.of("openapi", "openapi.json").toFile()));
    }

    @Test
    void shouldDescribeEveryRefusalOfTheHttpLayerInTheDocument() {
        String document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath json = io.restassured.path.json.JsonPath.from(document);
        for (String status : List.of("405", "406", "408", "413", "414", "415", "431")) {
            assertThat(json.getString("paths.'/attempts'.post.responses.'" + status + "'")).as(status).isNotNull();
        }
        assertThat(json.getString("paths.'/quizzes'.get.responses.'406'")).isNotNull();
        assertThat(json.getString("paths.'/quizzes'.get.responses.'413'")).isNull();
        assertThat(json.getList("components.schemas.Problem.required")).contains("type", "title", "status", "detail");
        assertThat(json.getString("servers")).isNull();
    }
}
