package dev.quizbank.lti.ags;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.quizbank.lti.TestPlatform;

/**
 * A platform's AGS side for the tests, on 127.0.0.1 only: a token URL that checks each client assertion against the
 * tool's published keys (GET /lti/jwks) and hands out tokens, and line items whose scores URL keeps every score it is
 * sent. Either may be told to answer the next requests with an error (429 with Retry-After, 500, 401). Its gradebook
 * page (/gradebook) shows a person the scores taken, as an LMS's does.
 */
public final class TestAgsPlatform implements AutoCloseable {

    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    /** A score request as it arrived: where, with which token and type, what, and when. */
    public record Received(String path, String query, String contentType, String token, JsonNode body, Instant at) {
    }

    /** An answer to give instead of the usual one. */
    record Failure(int status, String retryAfter) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
    private final String toolJwks;
    private final String clientId;
    private final BlockingQueue<Received> scores = new LinkedBlockingQueue<>();
    private final List<Received> allScores = new CopyOnWriteArrayList<>();
    private final Queue<Failure> scoreFailures = new ConcurrentLinkedQueue<>();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final List<String> assertionProblems = new CopyOnWriteArrayList<>();
    private final Set<String> jtis = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile long tokenDelayMillis;

    private TestAgsPlatform(String toolJwks, String clientId) throws IOException {
        this.toolJwks = toolJwks;
        this.clientId = clientId;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/token", this::token);
        server.createContext("/lineitems", this::score);
        server.createContext("/gradebook", this::gradebook);
        server.start();
    }

    /** A platform that checks assertions against {@code toolJwks}, the service's /lti/jwks URL. */
    public static TestAgsPlatform start(String toolJwks) {
        return start(toolJwks, "ags-client-" + UUID.randomUUID());
    }

    /** The AGS side of a platform registered elsewhere (its launches, its keys) under {@code clientId}. */
    public static TestAgsPlatform start(String toolJwks, String clientId) {
        try {
            return new TestAgsPlatform(toolJwks, clientId);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String tokenUrl() {
        return url() + "/token";
    }

    String clientId() {
        return clientId;
    }

    /** The registration body an administrator would post for this platform. */
    public String registration() {
        return """
                {"issuer": "%s", "clientId": "%s", "authUrl": "%s/auth", "tokenUrl": "%s", "jwksUrl": "%s/jwks",
                 "deploymentIds": ["deployment-1"]}""".formatted(url(), clientId, url(), tokenUrl(), url());
    }

    /** A line item URL the way Moodle writes them, with a query string. */
    public String lineitem(String name) {
        return url() + "/lineitems/" + name + "/lineitem?type_id=3";
    }

    /** The next score requests are answered with these, in order, before scores are taken again. */
    void failScores(Failure... failures) {
        scoreFailures.addAll(List.of(failures));
    }

    void delayTokens(long millis) {
        tokenDelayMillis = millis;
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    public List<String> issuedTokens() {
        return issued;
    }

    public List<String> assertionProblems() {
        return assertionProblems;
    }

    /** Every score request so far, refused or taken. */
    public List<Received> allScores() {
        return allScores;
    }

    /** The next {@code count} score requests that arrive (refused or taken), waiting up to {@code seconds} in all. */
    public List<Received> nextScores(int count, int seconds) throws InterruptedException {
        List<Received> next = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (next.size() < count) {
            Received one = scores.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (one == null) {
                throw new AssertionError("only " + next.size() + " of " + count + " scores arrived: " + next);
            }
            next.add(one);
        }
        return next;
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        Map<String, String> form = TestPlatform.form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String problem = check(form);
        if (problem != null) {
            assertionProblems.add(problem);
            send(exchange, 400, "application/json", "{\"error\": \"invalid_client\"}", null);
            return;
        }
        if (tokenDelayMillis > 0) {
            try {
                Thread.sleep(tokenDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String token = "token-" + UUID.randomUUID();
        issued.add(token);
        send(exchange, 200, "application/json", "{\"access_token\": \"" + token + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600,"
                + " \"scope\": \"" + SCORE_SCOPE + "\"}", null);
    }

    /** What is wrong with a client credentials request, or null when nothing is. */
    private String check(Map<String, String> form) {
        if (!"client_credentials".equals(form.get("grant_type"))
                || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
            return "not a client credentials request with a JWT assertion: " + form;
        }
        if (!SCORE_SCOPE.equals(form.get("scope"))) {
            return "scope " + form.get("scope");
        }
        try {
            SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
            RSAKey key = (RSAKey) JWKSet.load(URI.create(toolJwks).toURL()).getKeyByKeyId(assertion.getHeader().getKeyID());
            if (key == null || !"RS256".equals(assertion.getHeader().getAlgorithm().getName())
                    || !assertion.verify(new RSASSAVerifier(key))) {
                return "assertion not signed by a published tool key with its kid";
            }
            JWTClaimsSet claims = assertion.getJWTClaimsSet();
            Date now = new Date();
            if (!clientId.equals(claims.getIssuer()) || !clientId.equals(claims.getSubject())
                    || !List.of(tokenUrl()).equals(claims.getAudience()) || claims.getExpirationTime() == null
                    || !claims.getExpirationTime().after(now)
                    || claims.getExpirationTime().getTime() - now.getTime() > TimeUnit.MINUTES.toMillis(10)
                    || claims.getJWTID() == null || !jtis.add(claims.getJWTID())) {
                return "assertion claims " + claims;
            }
            return null;
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException | IOException e) {
            return "assertion unreadable: " + e;
        }
    }

    private void score(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        byte[] body = exchange.getRequestBody().readAllBytes();
        Received received = new Received(exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Content-Type"), token, JSON.readTree(body), Instant.now());
        allScores.add(received);
        scores.add(received);
        Failure failure = scoreFailures.poll();
        if (failure != null) {
            send(exchange, failure.status(), "application/json", "{}", failure.retryAfter());
        } else if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getRawPath().endsWith("/scores")) {
            send(exchange, 404, "application/json", "{}", null);
        } else if (token == null || !issued.contains(token)) {
            send(exchange, 401, "application/json", "{}", null);
        } else {
            send(exchange, 204, null, "", null);
        }
    }

    /** The scores taken so far, one row each, as a page: what an instructor would look at. */
    private void gradebook(HttpExchange exchange) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (Received taken : allScores) {
            JsonNode score = taken.body();
            rows.append("<tr><td>").append(escape(score.path("userId").asText())).append("</td><td>")
                    .append(escape(score.path("scoreGiven").asText())).append(" / ").append(escape(score.path("scoreMaximum").asText()))
                    .append("</td><td>").append(escape(score.path("gradingProgress").asText())).append("</td></tr>");
        }
        send(exchange, 200, "text/html; charset=utf-8", """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Gradebook</title></head>
                <body><main><h1>Gradebook</h1><table><caption>Scores received from Quizbank</caption>
                <thead><tr><th scope="col">User</th><th scope="col">Score</th><th scope="col">Grading</th></tr></thead>
                <tbody>%s</tbody></table></main></body></html>""".formatted(rows), null);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void send(HttpExchange exchange, int status, String type, String body, String retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (InputStream ignored = exchange.getRequestBody(); var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
