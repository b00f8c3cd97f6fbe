package dev.quizbank.ha;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.ServiceProcess;

/**
 * The primary of the Patroni cluster ({@code deploy/patroni.sh}) dies under a load of writes through HAProxy and two
 * instances on the multi-host URL: every attempt answered 201 is on the new primary, the writes in the gap get 503
 * problems with Retry-After, reads of the quiz are served throughout (HAProxy falls back to the live instances while
 * none is ready), and the service writes again without being touched. Prints the failover's figures.
 */
class FailoverHaIT {

    private static final Map<String, String> CONFIG = Map.of("quiz.rate-limit.enabled", "false");

    @Test
    void shouldKeepEveryAcknowledgedAttemptWhenThePrimaryDies() throws Exception {
        List<ServiceProcess> instances = new ArrayList<>();
        try (PatroniCluster cluster = PatroniCluster.start()) {
            int[] ports = ServiceProcess.freePorts(4);
            for (int i = 0; i < 2; i++) {
                instances.add(ServiceProcess.startDeployed(cluster.jdbcUrl, CONFIG, ports[2 * i], ports[2 * i + 1]));
            }
            for (ServiceProcess instance : instances) {
                instance.awaitReady(Duration.ofSeconds(180));
            }
            try (Haproxy haproxy = Haproxy.start(List.of(new Haproxy.Backend(ports[0], ports[1]),
                    new Haproxy.Backend(ports[2], ports[3])))) {
                haproxy.awaitUp(Duration.ofSeconds(15), "app1", "app2");
                int primary = cluster.primary();
                assertThat(primary).as("a primary").isPositive();

                List<Traffic.Outcome> outcomes;
                long killed;
                try (Traffic traffic = new Traffic(haproxy.url, 6, 2)) {
                    awaitAcknowledged(traffic, 200, Duration.ofSeconds(30));
                    killed = System.nanoTime();
                    cluster.kill(primary);
                    awaitWritesAgain(traffic, killed, Duration.ofSeconds(60));
                    Thread.sleep(2_000);
                    outcomes = traffic.stop();
                }
                int newPrimary = cluster.primary();
                assertThat(newPrimary).as("a new primary").isPositive().isNotEqualTo(primary);

                Traffic.Outcome firstAfter = firstWriteAfterTheGap(outcomes, killed).orElseThrow();
                long refused = outcomes.stream().filter(o -> o.method().equals("POST") && o.retryLater()).count();
                List<String> acknowledged = outcomes.stream().filter(o -> o.status() == 201).map(Traffic.Outcome::attemptId).toList();
                Set<String> found = stored(cluster.jdbcUrl(newPrimary), acknowledged);
                System.out.printf("FAILOVER: node %d killed, node %d promoted; %d attempts acknowledged (201), %d found on the"
                        + " new primary; %d answers 503 with Retry-After; first 201 %.1f s after the kill; %s%n",
                        primary, newPrimary, acknowledged.size(), found.size(), refused,
                        (firstAfter.nanos() - killed) / 1e9, Traffic.tally(outcomes));

                assertThat(outcomes).allSatisfy(o -> assertThat(o.served() || o.method().equals("POST") && o.retryLater())
                        .as("%s %s %s (%s)", o.method(), o.status(), o.body(), o.failure()).isTrue());
                assertThat(refused).as("writes in the gap").isPositive();
                assertThat(new HashSet<>(acknowledged)).as("attempts acknowledged and found on the new primary")
                        .hasSize(acknowledged.size()).isEqualTo(found);
                haproxy.awaitUp(Duration.ofSeconds(10), "app1", "app2");
            }
        } finally {
            for (ServiceProcess instance : instances) {
                instance.close();
            }
        }
    }

    private static void awaitAcknowledged(Traffic traffic, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (traffic.outcomes().stream().filter(o -> o.status() == 201).count() < count) {
            assertThat(System.nanoTime()).as(count + " attempts acknowledged within " + timeout).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Waits for the first attempt acknowledged after the gap: the service has found the new primary. */
    private static void awaitWritesAgain(Traffic traffic, long killed, Duration timeout) throws InterruptedException {
        long deadline = killed + timeout.toNanos();
        while (firstWriteAfterTheGap(traffic.outcomes(), killed).isEmpty()) {
            assertThat(System.nanoTime()).as("a write accepted within " + timeout + " of the kill").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /**
     * The first 201 to a request sent after the first refusal that followed the kill. A write in flight at the kill
     * may still be acknowledged by the dying primary (its standby has it too): that one is no sign of recovery.
     */
    private static Optional<Traffic.Outcome> firstWriteAfterTheGap(List<Traffic.Outcome> outcomes, long killed) {
        return outcomes.stream().filter(o -> o.nanos() > killed && o.retryLater()).mapToLong(Traffic.Outcome::nanos).min()
                .stream().boxed()
                .flatMap(gap -> outcomes.stream().filter(o -> o.sent() > gap && o.status() == 201))
                .min(Comparator.comparingLong(Traffic.Outcome::nanos));
    }

    private static Set<String> stored(String jdbcUrl, List<String> ids) throws Exception {
        Set<String> found = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement s = c.prepareStatement("select id::text from quizbank.attempt where id = any(?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }
}
