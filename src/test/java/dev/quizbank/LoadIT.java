package dev.quizbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.TestDatabase;

/**
 * 64 concurrent clients post 10,000 attempts to the packaged service: no 5xx, every 201 is in
 * the database exactly once, and each reads back as posted. Prints the latency it saw; the
 * performance figures proper come from bench/run.sh.
 */
class LoadIT {

    private static final int CLIENTS = 64;
    private static final int ATTEMPTS = 10_000;

    private record Posted(int status, String id, String body, long nanos) {
    }

    @Test
    void shouldKeepEveryAttemptOfTenThousandFromSixtyFourClients() throws Exception {
        String database = TestDatabase.create();
        try (ServiceProcess service = ServiceProcess.start(database, Map.of("quiz.rate-limit.enabled", "false"))) {
            service.awaitReady(Duration.ofSeconds(90));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(8)).build();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            try {
                List<Callable<Void>> work = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int share = ATTEMPTS / CLIENTS + (c < ATTEMPTS % CLIENTS ? 1 : 0);
                    work.add(() -> {
                        for (int i = 0; i < share; i++) {
                            posted.add(post(http, service.baseUrl));
                        }
                        return null;
                    });
                }
                for (Future<Void> done : clients.invokeAll(work)) {
                    done.get();
                }
            } finally {
                clients.shutdown();
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(posted).hasSize(ATTEMPTS);
            Map<Integer, Long> statuses = new HashMap<>();
            posted.forEach(p -> statuses.merge(p.status(), 1L, Long::sum));
            assertThat(statuses).as("statuses").containsOnlyKeys(201);

            Map<String, String> bodies = new ConcurrentHashMap<>();
            posted.forEach(p -> assertThat(bodies.put(p.id(), p.body())).as("id given twice").isNull());
            assertThat(idsInDatabase(database)).containsExactlyInAnyOrderElementsOf(bodies.keySet());

            ExecutorService readers = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Callable<Void>> reads = new ArrayList<>();
                bodies.forEach((id, body) -> reads.add(() -> {
                    HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl + "/attempts/" + id))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(read.statusCode()).isEqualTo(200);
                    assertThat(read.body()).isEqualTo(body);
                    return null;
                }));
                for (Future<Void> done : readers.invokeAll(reads)) {
                    done.get();
                }
            } finally {
                readers.shutdown();
            }

            List<Long> latencies = posted.stream().map(Posted::nanos).sorted().toList();
            System.out.printf("LOAD: %d attempts from %d clients in %.1f s (%.0f/s); latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    ATTEMPTS, CLIENTS, seconds, ATTEMPTS / seconds, percentile(latencies, 50), percentile(latencies, 99),
                    latencies.get(latencies.size() - 1) / 1e6);
        } finally {
            TestDatabase.drop(database);
        }
    }

    private static Posted post(HttpClient http, String baseUrl) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> answers = new ArrayList<>();
        for (int q = 1; q <= 25; q++) {
            if (random.nextInt(4) > 0) {
                answers.add("{\"question\":" + q + ",\"choice\":\"" + "ABCD".charAt(random.nextInt(4)) + "\"}");
            }
        }
        String sheet = "{\"quizId\":\"chapter-20\",\"answers\":[" + String.join(",", answers) + "]}";
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/attempts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(sheet)).build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        String id = response.statusCode() == 201
                ? response.headers().firstValue("Location").orElseThrow().substring("/attempts/".length())
                : null;
        return new Posted(response.statusCode(), id, response.body(), nanos);
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static List<String> idsInDatabase(String database) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = TestDatabase.connect(database);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from quizbank.attempt")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
