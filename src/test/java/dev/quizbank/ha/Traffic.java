package dev.quizbank.ha;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clients that keep sending requests through HAProxy until stopped, each waiting for its answer before the next
 * one, and remember every answer (or failure to get one).
 */
final class Traffic implements AutoCloseable {

    static final String SHEET = "{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"C\"},{\"question\":2,\"choice\":\"A\"}]}";
    private static final String QUESTIONS = "/quizzes/chapter-20/questions";

    /**
     * One request's fate: when it was sent and when its answer came ({@link System#nanoTime}). {@code status} is 0
     * when no answer came (the connection failed or was cut); {@code attemptId} is the stored attempt of a 201.
     */
    record Outcome(long sent, long nanos, String method, int status, String contentType, String retryAfter, String body,
            String attemptId, String failure) {

        boolean served() {
            return status == 200 && method.equals("GET") || status == 201 && method.equals("POST");
        }

        /** A refusal a client is told to retry: 503, a problem document, and when to come back. */
        boolean retryLater() {
            return status == 503 && contentType != null && contentType.startsWith("application/problem+json") && retryAfter != null
                    && body.contains("\"status\":503");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients;
    private final List<Future<?>> loops = new ArrayList<>();
    private final String baseUrl;

    /** {@code posters} clients post answer sheets, {@code readers} read the questions. */
    Traffic(String baseUrl, int posters, int readers) {
        this.baseUrl = baseUrl;
        this.clients = Executors.newFixedThreadPool(posters + readers);
        for (int i = 0; i < posters + readers; i++) {
            boolean posts = i < posters;
            loops.add(clients.submit(() -> {
                while (running.get()) {
                    Outcome outcome = posts ? send("POST", "/attempts") : send("GET", QUESTIONS);
                    outcomes.add(outcome);
                    if (!outcome.served()) {
                        // Sooner than Retry-After says, so that the end of an outage is seen within a few milliseconds,
                        // but not in a loop that takes the cores the recovery needs.
                        Thread.sleep(20);
                    }
                }
                return null;
            }));
        }
    }

    /** Every outcome so far, in no particular order. */
    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Stops the clients after the requests they are waiting on, and returns every outcome. */
    List<Outcome> stop() throws Exception {
        running.set(false);
        for (Future<?> loop : loops) {
            loop.get();
        }
        clients.shutdown();
        return outcomes();
    }

    @Override
    public void close() throws Exception {
        if (running.get()) {
            stop();
        }
    }

    /** How many outcomes of each kind: "POST 201", "GET 503 problem", "POST no answer"... */
    static Map<String, Long> tally(List<Outcome> outcomes) {
        Map<String, Long> tally = new TreeMap<>();
        for (Outcome o : outcomes) {
            String kind = o.status() == 0 ? "no answer" : o.status() + (o.retryLater() ? " problem, Retry-After" : "");
            tally.merge(o.method() + " " + kind, 1L, Long::sum);
        }
        return tally;
    }

    private Outcome send(String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SHEET));
        }
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse(null);
            String attemptId = response.statusCode() == 201 && location != null
                    ? location.substring(location.lastIndexOf('/') + 1) : null;
            return new Outcome(sent, System.nanoTime(), method, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.statusCode() == 503 ? response.body() : "", attemptId, null);
        } catch (IOException failed) {
            return new Outcome(sent, System.nanoTime(), method, 0, null, null, "", null, failed.toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(sent, System.nanoTime(), method, 0, null, null, "", null, interrupted.toString());
        }
    }
}
