package dev.quizbank.ha;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.RawHttp;
import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.TestDatabase;

/**
 * Three instances behind HAProxy ({@code deploy/haproxy.cfg}) under a steady load of reads and writes, while two
 * of them are stopped (SIGTERM) and started again in turn, as a rolling update does: no request fails, other than
 * with a 503 problem that says when to retry.
 */
class RollingRestartHaIT {

    private static final Map<String, String> CONFIG = Map.of(
            "quiz.rate-limit.enabled", "false",
            "quarkus.http.proxy.proxy-address-forwarding", "true",
            "quarkus.http.proxy.allow-x-forwarded", "true",
            "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
    // Three JVMs starting at once on two busy cores took over 90 s once.
    private static final Duration START = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void shouldServeEveryRequestWhileInstancesAreReplacedOneByOne() throws Exception {
        String database = TestDatabase.create();
        int[] ports = ServiceProcess.freePorts(6);
        List<ServiceProcess> instances = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                instances.add(ServiceProcess.startDeployed(TestDatabase.jdbcUrl(database), CONFIG, ports[2 * i], ports[2 * i + 1]));
            }
            for (ServiceProcess instance : instances) {
                instance.awaitReady(START);
            }
            try (Haproxy haproxy = Haproxy.start(List.of(new Haproxy.Backend(ports[0], ports[1]),
                    new Haproxy.Backend(ports[2], ports[3]), new Haproxy.Backend(ports[4], ports[5])))) {
                haproxy.awaitUp(Duration.ofSeconds(15), "app1", "app2", "app3");
                List<Traffic.Outcome> outcomes;
                long rollStart;
                long rollEnd;
                try (Traffic traffic = new Traffic(haproxy.url, 3, 2)) {
                    Thread.sleep(2_000);
                    rollStart = System.nanoTime();
                    instances.set(0, drainAndReplace(instances.get(0), haproxy, "app1", database, ports[0], ports[1]));
                    instances.set(1, replace(instances.get(1), haproxy, "app2", database, ports[2], ports[3]));
                    rollEnd = System.nanoTime();
                    Thread.sleep(2_000);
                    outcomes = traffic.stop();
                }
                System.out.printf("ROLLING RESTART through HAProxy: %s; %.1f s for two instances replaced%n",
                        Traffic.tally(outcomes), (rollEnd - rollStart) / 1e9);

                assertThat(outcomes).allSatisfy(o -> assertThat(o.served() || o.retryLater())
                        .as("%s %s (%s)", o.method(), o.status(), o.failure()).isTrue());
                assertThat(outcomes.stream().filter(o -> o.nanos() > rollStart && o.nanos() < rollEnd && o.served()).count())
                        .as("requests served while instances were replaced").isGreaterThan(100);
                List<String> acknowledged = outcomes.stream().filter(o -> o.status() == 201).map(Traffic.Outcome::attemptId).toList();
                assertThat(acknowledged).isNotEmpty();
                assertThat(countStored(database, acknowledged)).as("acknowledged attempts stored").isEqualTo(acknowledged.size());
            }
        } finally {
            for (ServiceProcess instance : instances) {
                instance.close();
            }
            TestDatabase.drop(database);
        }
    }

    /**
     * Stops the instance with a request in flight whose body is still arriving when the shutdown delay ends:
     * readiness goes DOWN at once, the instance still serves while HAProxy's checks take it out, and the
     * request in flight is answered before the instance exits. Then a new instance takes its place.
     */
    private static ServiceProcess drainAndReplace(ServiceProcess instance, Haproxy haproxy, String server, String database,
            int port, int managementPort) throws Exception {
        byte[] sheet = Traffic.SHEET.getBytes(StandardCharsets.UTF_8);
        try (Socket slow = new Socket("127.0.0.1", port)) {
            slow.setSoTimeout(30_000);
            OutputStream out = slow.getOutputStream();
            out.write(("POST /attempts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + sheet.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(sheet, 0, 10);
            out.flush();
            Thread.sleep(300);

            long sigterm = System.nanoTime();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> stop(instance));
            awaitReadinessDown(instance, Duration.ofSeconds(3));
            haproxy.awaitDown(server, Duration.ofSeconds(4));
            assertThat(exit).as("still running once HAProxy has taken it out").isNotDone();
            assertThat(status(instance.baseUrl + "/quizzes/chapter-20")).as("served during the shutdown delay").isEqualTo(200);

            Thread.sleep(Math.max(0, Duration.ofSeconds(6).toMillis() - (System.nanoTime() - sigterm) / 1_000_000));
            assertThat(exit).as("waiting for the request in flight").isNotDone();
            out.write(sheet, 10, sheet.length - 10);
            out.flush();
            RawHttp.Answer answer = RawHttp.read(slow.getInputStream());
            assertThat(answer.status()).as("the request in flight during the shutdown").isEqualTo(201);
            exit.join();
        }
        instance.close();
        return start(haproxy, server, database, port, managementPort);
    }

    private static ServiceProcess replace(ServiceProcess instance, Haproxy haproxy, String server, String database, int port,
            int managementPort) throws Exception {
        stop(instance);
        instance.close();
        return start(haproxy, server, database, port, managementPort);
    }

    private static ServiceProcess start(Haproxy haproxy, String server, String database, int port, int managementPort)
            throws Exception {
        ServiceProcess replacement = ServiceProcess.startDeployed(TestDatabase.jdbcUrl(database), CONFIG, port, managementPort);
        replacement.awaitReady(START);
        haproxy.awaitUp(Duration.ofSeconds(10), server);
        return replacement;
    }

    private static int stop(ServiceProcess instance) {
        try {
            return instance.stop(Duration.ofSeconds(30));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void awaitReadinessDown(ServiceProcess instance, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (status(instance.managementUrl + "/q/health/ready") != 503) {
                assertThat(System.nanoTime()).as("readiness DOWN within " + timeout).isLessThan(deadline);
                Thread.sleep(50);
            }
        } catch (IOException | AssertionError failed) {
            throw new AssertionError("readiness not DOWN at " + instance.managementUrl + " after SIGTERM; the instance's log:\n" + instance.log(), failed);
        }
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long countStored(String database, List<String> ids) throws Exception {
        try (Connection c = TestDatabase.connect(database);
                PreparedStatement s = c.prepareStatement("select count(*) from quizbank.attempt where id = any(?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
