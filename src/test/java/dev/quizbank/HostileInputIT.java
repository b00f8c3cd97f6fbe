package dev.quizbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import dev.quizbank.quiz.format.EverySetting;
import dev.quizbank.quiz.format.QuizSource;
import dev.quizbank.quiz.format.SourceFormat;
import dev.quizbank.support.LargeQuiz;
import dev.quizbank.support.RawHttp;
import dev.quizbank.support.Seed;
import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;

/**
 * Generated hostile input against the packaged service: random JSON shapes, wrong types, huge
 * numbers, deep nesting, long strings, unicode, invalid UTF-8 and NUL bytes at POST /attempts,
 * mutated and arbitrary quiz sources in every import format at POST /quizzes, odd paths and query
 * strings at the read API. Never a 5xx, every error is problem+json, and the
 * service stays healthy.
 */
class HostileInputIT {

    /** With every setting stated, so that the mutations reach each of them in the formats that state settings. */
    private static final QuizSource SEED = new QuizSource("fuzzed", EverySetting.SETTINGS,
            SourceFormat.NATIVE.read(Seed.TEXT).document());
    private static final String AUTHOR = Tokens.author("fuzzer");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ERROR_LINE = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} ERROR ");
    private static String database;
    private static ServiceProcess service;

    @BeforeContainer
    static void start() throws Exception {
        database = TestDatabase.create();
        // The production flags (README, docker/Dockerfile): the floods below ran a heap of this size out of memory.
        service = ServiceProcess.startOn(TestDatabase.jdbcUrl(database), Map.of("quiz.rate-limit.enabled", "false",
                "mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY.toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER), List.of("-Xmx128m", "-XX:+UseSerialGC"));
        service.awaitReady(Duration.ofSeconds(90));
    }

    @AfterContainer
    static void stop() throws Exception {
        try {
            assertHealthy();
            assertThat(service.log().lines()).as("every refused request is logged in one short line")
                    .allSatisfy(line -> assertThat(line.length()).isLessThan(1_000));
        } finally {
            service.close();
            TestDatabase.drop(database);
        }
    }

    @Property(tries = 400)
    void shouldAnswerAnyBodyWithoutA5xx(@ForAll("bodies") byte[] body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl + "/attempts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertAnswered(response);
    }

    /** Every import format: mutated exports of the seed and arbitrary bytes are published or refused with a 4xx problem. */
    @Property(tries = 400)
    void shouldAnswerAnySourceWithoutA5xx(@ForAll("sources") Tuple.Tuple2<SourceFormat, byte[]> source) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl + "/quizzes?id=fuzzed"))
                .header("Content-Type", source.get1().mediaType())
                .header("Authorization", "Bearer " + AUTHOR)
                .POST(HttpRequest.BodyPublishers.ofByteArray(source.get2())).build(), HttpResponse.BodyHandlers.ofString());
        assertAnswered(response);
        assertThat(response.statusCode()).as(response.body()).isIn(201, 409, 413, 422);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<SourceFormat, byte[]>> sources() {
        Arbitrary<SourceFormat> formats = Arbitraries.of(SourceFormat.readableTypes()).map(type -> SourceFormat.of(type).orElseThrow());
        return formats.flatMap(format -> {
            List<String> lines = List.of(new String(format.write(SEED), StandardCharsets.UTF_8).split("\n", -1));
            Arbitrary<String> mutated = Combinators.combine(Arbitraries.integers().between(0, lines.size() - 1),
                    Arbitraries.integers().between(0, 2), Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
                            Arbitraries.of("", "{", "}", "~", "=", "####", "::", "Question 1", "Answer **Z) x** y", "\"", "\\",
                                    "  • A) again", "| 0-99 | X | y |", "---", "id: Not A Slug", "$CATEGORY:", "{}", "{T}", "->",
                                    "pool: a, draw 9 of 1-600", "timeLimitSeconds: 0", "closeAt: 1970-01-01T00:00:00Z", "-1",
                                    "99999999999999999999", "\"2026-12-07T09:00:00+25:00\"", "\"draw\" : 0,")))
                    .as((at, kind, text) -> {
                        List<String> edited = new ArrayList<>(lines);
                        switch (kind) {
                            case 0 -> edited.remove((int) at);
                            case 1 -> edited.add(at, text);
                            default -> edited.set(at, edited.get(at) + text);
                        }
                        return String.join("\n", edited);
                    });
            Arbitrary<byte[]> body = Arbitraries.frequencyOf(
                    Tuple.of(6, mutated.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                    Tuple.of(1, Arbitraries.strings().all().ofMaxLength(500).map(s -> s.getBytes(StandardCharsets.UTF_8))),
                    Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)));
            return body.map(bytes -> Tuple.of(format, bytes));
        });
    }

    @Property(tries = 400)
    void shouldAnswerAnyPathOrQueryWithoutA5xx(@ForAll("readUrls") String pathAndQuery) throws Exception {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(service.baseUrl + pathAndQuery)).GET().build();
        } catch (IllegalArgumentException notAUri) {
            // What Java's HTTP client will not send (a malformed escape) goes raw; a space, which would split the
            // request line, becomes a malformed escape too.
            RawHttp.Answer answer = RawHttp.send(URI.create(service.baseUrl).getPort(), ("GET " + pathAndQuery.replace(" ", "%")
                    + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8), null, 10_000);
            assertThat(answer.status()).as(pathAndQuery + " " + answer.body()).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).as(pathAndQuery).startsWith("application/problem+json");
            return;
        }
        assertAnswered(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Documents made to exhaust the readers, four of each at once: each once took the heap and the service
     * with it. Publishing takes turns, so what finds no turn is a 503 busy; every other answer is a 422.
     */
    @Example
    void shouldAnswerFloodsOfQuestionsChoicesAndProblemsWith422() throws Exception {
        Map<String, String> floods = Map.of(
                "{\"title\": \"Flood\", \"questions\": [" + "{},".repeat(99_999) + "{}]}", SourceFormat.JSON.mediaType(),
                "$CATEGORY: $course$/top/Flood\n\n" + "{}\n\n".repeat(190_000), SourceFormat.GIFT.mediaType(),
                "$CATEGORY: $course$/top/Flood\n\nQ {=a " + "~".repeat(1_000_000), SourceFormat.GIFT.mediaType(),
                "Chapter 1: Quiz\n\nFlood\n\n" + "Question 1\n\n".repeat(80_000), SourceFormat.NATIVE.mediaType());
        int refused = 0;
        for (int round = 0; round < 3; round++) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int copy = 0; copy < 4; copy++) {
                floods.forEach((body, type) -> answers.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(service.baseUrl + "/quizzes?id=flood"))
                        .header("Content-Type", type + "; charset=UTF-8").header("Authorization", "Bearer " + AUTHOR)
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString())));
            }
            for (var answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.body().length()).as("a short answer").isLessThan(20_000);
                if (response.statusCode() == 503) {
                    assertComputedOrBusy(response);
                    continue;
                }
                assertAnswered(response);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
                refused++;
            }
        }
        assertThat(refused).as("floods read and refused, not only turned away").isGreaterThanOrEqualTo(8);
        assertHealthy();
        assertThat(service.log()).doesNotContain("OutOfMemoryError");
        assertThat(errorLines()).isEmpty();
    }

    @Example
    void shouldKeepWhatARequestSendsFromForgingALogLine() throws Exception {
        String forged = "2026-12-07 11:18:00,000 ERROR [forged] (main) the service was breached";
        for (String breaker : List.of("%0A", "%0D%0A", "%00", "%1B%5B31m", "%E2%80%A8")) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl + "/quizzes/x" + breaker
                    + forged.replace(" ", "%20").replace("[", "%5B").replace("]", "%5D"))).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertAnswered(answer);
        }
        String log = service.log();
        assertThat(log.lines()).noneMatch(line -> line.startsWith(forged.substring(0, 30)));
        assertThat(log).doesNotContain("\u0000", "\u001B", "\u2028").contains("x\\n" + forged).contains("x\\u001B[31m" + forged);
    }

    @Example
    void shouldRefuseAMalformedChunkSizeWithoutAnErrorInTheLog() throws Exception {
        for (String size : List.of("zz", "-1", "ffffffffffffffffff")) {
            String received = RawHttp.untilClosed(URI.create(service.baseUrl).getPort(), "POST /attempts HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + size + "\r\n{}\r\n0\r\n\r\n", 10_000);
            if (!received.isEmpty()) {
                assertThat(received).as(size).startsWith("HTTP/1.1 400 ").contains("application/problem+json");
            }
        }
        assertHealthy();
        assertThat(errorLines()).as("a client's malformed body is not the service's error").isEmpty();
    }

    /**
     * Issue 22: sixteen authors at once asking for the statistics of a 500-question quiz with 4,000 attempts,
     * in every representation. Each is computed or refused with a 503 problem and Retry-After (a few run, a few
     * wait, the rest are refused); none runs the heap out, and the service stays healthy.
     */
    @Example
    void shouldComputeOrRefuseAFloodOfStatistics() throws Exception {
        HttpResponse<String> published = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl + "/quizzes?id=stats-flood"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + AUTHOR)
                .POST(HttpRequest.BodyPublishers.ofByteArray(LargeQuiz.source("stats-flood", 1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        Sql.execute(database, """
                insert into quizbank.attempt (id, quiz_id, quiz_version, submitted_at, score, answered, choices)
                select gen_random_uuid(), 'stats-flood', 1, now(), 0, 500,
                       (select decode(string_agg(lpad(to_hex(1 + (random() * 3)::int), 2, '0'), ''), 'hex')
                        from generate_series(1, 500) question where n > 0)
                from generate_series(1, 4000) n""");
        List<String[]> operations = List.of(new String[] {"", "application/json"}, new String[] {"", "text/csv"},
                new String[] {"/histogram", "image/svg+xml"}, new String[] {"/items", "image/svg+xml"});
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String[] operation = operations.get(i % operations.size());
            flood.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(service.baseUrl + "/quizzes/stats-flood/statistics" + operation[0]))
                    .header("Authorization", "Bearer " + AUTHOR).header("Accept", operation[1]).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : flood) {
            HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
            assertComputedOrBusy(response);
        }
        assertHealthy();
        assertThat(service.log()).doesNotContain("OutOfMemoryError", "blocked for");
        assertThat(errorLines()).isEmpty();
    }

    private static void assertComputedOrBusy(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 503);
        if (response.statusCode() == 503) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(response.body()).contains("\"type\":\"/problems/busy\"");
        } else {
            assertThat(response.body()).isNotEmpty();
        }
    }

    /**
     * Any bytes but the line breaks that delimit a header: in a name, in a value, on a read and on a write.
     * One case never reaches the service: Netty's decoder answers a value that opens with whitespace other than
     * a space or a tab (0x0B, 0x0C, 0x1C-0x1F) with a bare 400 itself (README, "Limits").
     */
    @Property(tries = 300)
    void shouldAnswerAnyHeaderBytesWithoutA5xx(@ForAll("headerBytes") byte[] name, @ForAll("headerBytes") byte[] value,
            @ForAll boolean write) throws Exception {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(name);
        line.writeBytes(": ".getBytes(StandardCharsets.US_ASCII));
        line.writeBytes(value);
        Assume.that(!refusedByTheDecoder(line.toByteArray()));
        String sheet = "{\"quizId\":\"chapter-20\",\"answers\":[]}";
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(((write ? "POST /attempts" : "GET /quizzes/chapter-20/questions")
                + " HTTP/1.1\r\nHost: localhost\r\n").getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(line.toByteArray());
        request.writeBytes(("\r\nContent-Type: application/json\r\nContent-Length: " + (write ? sheet.length() : 0)
                + "\r\nConnection: close\r\n\r\n" + (write ? sheet : "")).getBytes(StandardCharsets.US_ASCII));
        RawHttp.Answer answer = RawHttp.send(URI.create(service.baseUrl).getPort(), request.toByteArray(), null, 10_000);
        assertThat(answer.status()).as(answer.head()).isBetween(200, 499);
        if (answer.status() >= 400) {
            assertThat(answer.header("Content-Type")).as(answer.head()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("Exception", "java.", "dev.quizbank");
        }
    }

    @Provide
    Arbitrary<byte[]> headerBytes() {
        return Arbitraries.bytes().filter(b -> b != '\r' && b != '\n').array(byte[].class).ofMinSize(1).ofMaxSize(40);
    }

    /** Netty's HttpObjectDecoder.splitHeader: a line opening with a space or tab continues the previous header instead. */
    private static boolean refusedByTheDecoder(byte[] line) {
        if (line[0] == ' ' || line[0] == '\t') {
            return false;
        }
        int at = 0;
        while (line[at] != ':') {
            at++;
        }
        do {
            at++;
        } while (at < line.length && (line[at] == ' ' || line[at] == '\t'));
        return at < line.length && Character.isWhitespace(line[at]);
    }

    private static void assertAnswered(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as(response.statusCode() + " " + response.body())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).doesNotContain("Exception", "java.", "dev.quizbank", "SQL");
        }
    }

    /** The lines logged at level ERROR (a forged line's " ERROR " inside an escaped path is not one). */
    private static List<String> errorLines() throws IOException {
        return service.log().lines().filter(ERROR_LINE.asPredicate()).toList();
    }

    private static void assertHealthy() throws IOException, InterruptedException {
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(service.managementUrl + "/q/health/ready"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<String> json = Arbitraries.oneOf(sheets(), jsonValue(4));
        return Arbitraries.frequencyOf(
                Tuple.of(6, json.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
                Tuple.of(1, Arbitraries.integers().between(1, 100_000)
                        .map(depth -> ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, sheets().map(s -> withInvalidUtf8(s.getBytes(StandardCharsets.UTF_8)))));
    }

    private static byte[] withInvalidUtf8(byte[] body) {
        byte[] broken = java.util.Arrays.copyOf(body, body.length + 3);
        broken[body.length / 2] = (byte) 0xC3;
        broken[body.length] = (byte) 0xFF;
        broken[body.length + 1] = (byte) 0xFE;
        broken[body.length + 2] = 0;
        return broken;
    }

    /** Sheets close to valid: the right keys with values of any kind. */
    private Arbitrary<String> sheets() {
        Arbitrary<String> answer = Combinators.combine(jsonValue(1), jsonValue(1), Arbitraries.integers().between(-2, 30),
                Arbitraries.of("A", "b", "E", "", "\u0000", "ÄÖ", "😀"))
                .as((q, c, n, k) -> Arbitraries.of(
                        "{\"question\":" + n + ",\"choice\":\"" + escape(k) + "\"}",
                        "{\"question\":" + q + ",\"choice\":" + c + "}",
                        "{\"question\":" + n + "}",
                        q).sample());
        return Combinators.combine(
                Arbitraries.of("\"chapter-20\"", "\"nope\"", "null", "7", "[]", "\"" + "x".repeat(5000) + "\""),
                Arbitraries.of("", ",\"quizVersion\":1", ",\"quizVersion\":0", ",\"quizVersion\":99999999999999999999",
                        ",\"quizVersion\":\"1\"", ",\"quizVersion\":1.5", ",\"quizVersion\":-1"),
                answer.list().ofMaxSize(30))
                .as((quiz, version, answers) -> "{\"quizId\":" + quiz + version + ",\"answers\":[" + String.join(",", answers) + "]}");
    }

    private Arbitrary<String> jsonValue(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-0", "1e999", "123456789012345678901234567890",
                        "-9223372036854775809", "1.5", "NaN", "\"\"", "{}", "[]"),
                Arbitraries.strings().all().ofMaxLength(40).map(s -> "\"" + escape(s) + "\""),
                Arbitraries.strings().ofMinLength(60_000).ofMaxLength(70_000).withChars('a', 'é').map(s -> "\"" + s + "\""));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> key = Arbitraries.of("quizId", "quizVersion", "answers", "question", "choice", "", "\\u0000",
                "quizVerison", "weight");
        return Arbitraries.oneOf(scalar,
                jsonValue(depth - 1).list().ofMaxSize(5).map(items -> "[" + String.join(",", items) + "]"),
                Combinators.combine(key, jsonValue(depth - 1)).as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(5)
                        .map(fields -> "{" + String.join(",", fields) + "}"));
    }

    @Provide
    Arbitrary<String> readUrls() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("chapter-20", "CHAPTER-20", "..", "%2e%2e", "%00", "%zz", "%ff%fe", "é", "%C3%A9", "😀",
                        "a".repeat(1000), "questions", ";", "%3B", "%2F", " ", "%20", "null"),
                Arbitraries.strings().alpha().numeric().withChars("-_.~%").ofMaxLength(30));
        Arbitrary<String> query = Arbitraries.oneOf(
                Arbitraries.of("", "?version=", "?version=0", "?version=-1", "?version=99999999999999999999",
                        "?version=1&version=2", "?page=1e3", "?size=%00", "?page=-0", "?size=101", "?size=1&page=2147483647",
                        "?version=%F0%9F%98%80", "?%zz=1"),
                Arbitraries.strings().alpha().numeric().withChars("=&%?").ofMaxLength(40).map(q -> "?" + q));
        return Combinators.combine(segment.list().ofMinSize(0).ofMaxSize(3), query)
                .as((segments, q) -> "/quizzes" + (segments.isEmpty() ? "" : "/" + String.join("/", segments)) + q);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

}
