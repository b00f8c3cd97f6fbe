package dev.quizbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.RawHttp;
import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.TestDatabase;

/**
 * 200 clients that trickle a declared 60 KB body one byte at a time do not slow anyone else down:
 * bodies are read on the event loop, so no worker thread waits for them. While they trickle, 200
 * ordinary POSTs all get 201 within a second each; then every trickler gets its 408 problem.
 */
class SlowClientIT {

    private static final int TRICKLERS = 200;
    private static final int POSTS = 200;
    private static final String SHEET = "{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"C\"}]}";

    @Test
    void shouldServeOthersWhileSlowClientsTrickleAndTimeThemOut() throws Exception {
        String database = TestDatabase.create();
        try (ServiceProcess service = ServiceProcess.start(database,
                Map.of("quiz.rate-limit.enabled", "false", "quiz.body-timeout", "12s"))) {
            service.awaitReady(Duration.ofSeconds(90));
            int port = URI.create(service.baseUrl).getPort();
            postConcurrently(service.baseUrl); // warm-up: the JIT's first minutes are not what is measured
            List<Socket> tricklers = new ArrayList<>();
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            try {
                for (int i = 0; i < TRICKLERS; i++) {
                    Socket socket = new Socket("127.0.0.1", port);
                    socket.setSoTimeout(20_000);
                    socket.getOutputStream().write(("POST /attempts HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 60000\r\n\r\n{").getBytes(StandardCharsets.UTF_8));
                    tricklers.add(socket);
                }
                trickle.scheduleAtFixedRate(() -> tricklers.forEach(SlowClientIT::oneMoreByte), 500, 500, TimeUnit.MILLISECONDS);

                List<Long> millis = postConcurrently(service.baseUrl);
                millis.sort(null);
                long p99 = millis.get((int) Math.ceil(millis.size() * 0.99) - 1);
                System.out.printf("SlowClientIT: %d POSTs beside %d trickling clients, p50 %d ms, p99 %d ms%n",
                        millis.size(), TRICKLERS, millis.get(millis.size() / 2), p99);
                assertThat(p99).as("p99 of POST /attempts in ms").isLessThan(1_000);

                trickle.shutdownNow();
                for (Socket socket : tricklers) {
                    RawHttp.Answer answer = RawHttp.read(socket.getInputStream());
                    assertThat(answer.status()).isEqualTo(408);
                    assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
                }
                assertThat(service.log()).doesNotContain("ERROR");
            } finally {
                trickle.shutdownNow();
                for (Socket socket : tricklers) {
                    socket.close();
                }
            }
        } finally {
            TestDatabase.drop(database);
        }
    }

    /** Every POST must be a 201; returns each one's latency. */
    private static List<Long> postConcurrently(String baseUrl) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> timings = new ArrayList<>();
            for (int i = 0; i < POSTS; i++) {
                timings.add(clients.submit(() -> {
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/attempts"))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                            .POST(HttpRequest.BodyPublishers.ofString(SHEET)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    return (System.nanoTime() - start) / 1_000_000;
                }));
            }
            List<Long> millis = new ArrayList<>();
            for (Future<Long> timing : timings) {
                millis.add(timing.get());
            }
            return millis;
        } finally {
            clients.shutdownNow();
        }
    }

    private static void oneMoreByte(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
        } catch (IOException closedByTheService) {
            // the 408 has been sent; the answer is read later
        }
    }
}
