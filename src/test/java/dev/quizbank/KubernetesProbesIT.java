package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.quizbank.delivery.KubernetesManifest;
import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.Sheets;
import dev.quizbank.support.TestDatabase;

/**
 * The packaged service run as deploy/kubernetes/kubernetes.yml runs it (the image's JVM flags, no AOT cache, which the
 * image's JVM cannot use): the kubelet's probes find their paths on the management port and not on the public one,
 * the process stays inside the pod's memory limit after a load, and it stops by itself before the grace period ends.
 */
class KubernetesProbesIT {

    /** docker/Dockerfile's ENTRYPOINT flags, which the manifest's pods run with. */
    private static final List<String> IMAGE_FLAGS = List.of("-XX:+UseSerialGC", "-Xmx128m");
    private static final int CLIENTS = 32;
    private static final int REQUESTS_EACH = 100;
    /** What RSS may reach of the limit: the rest is for what a longer or heavier load than this test's adds. */
    private static final double MEMORY_HEADROOM = 0.85;

    @Test
    void shouldAnswerTheProbesStayWithinTheLimitAndStopWithinTheGracePeriod() throws Exception {
        KubernetesManifest manifest = KubernetesManifest.read();
        JsonNode container = manifest.container();
        long memoryLimit = KubernetesManifest.bytes(container.at("/resources/limits/memory").asText());
        long grace = manifest.only("Deployment").at("/spec/template/spec/terminationGracePeriodSeconds").asLong();
        String database = TestDatabase.create();
        try (ServiceProcess service = ServiceProcess.startOn(TestDatabase.jdbcUrl(database),
                Map.of("quiz.rate-limit.enabled", "false"), IMAGE_FLAGS)) {
            service.awaitReady(Duration.ofSeconds(90));
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                String path = container.path(probe).at("/httpGet/path").asText();
                given().baseUri(service.managementUrl).when().get(path)
                    .then().statusCode(200).body("status", equalTo("UP"));
                given().baseUri(service.baseUrl).when().get(path).then().statusCode(404);
            }

            assertThat(load(service.baseUrl)).as("requests answered 200 or 201").isEqualTo(2 * CLIENTS * REQUESTS_EACH);
            long rss = residentBytes(instancePid(service));
            System.out.printf("KubernetesProbesIT: RSS %d MB after %d requests, pod limit %d MB%n", rss >> 20,
                    2 * CLIENTS * REQUESTS_EACH, memoryLimit >> 20);
            assertThat(rss).as("RSS against the pod's memory limit").isLessThan((long) (memoryLimit * MEMORY_HEADROOM));

            long stopping = System.nanoTime();
            int exit = service.stop(Duration.ofSeconds(grace));
            Duration stopped = Duration.ofNanos(System.nanoTime() - stopping);
            assertThat(exit).as("exited on SIGTERM, not killed").isNotEqualTo(137);
            assertThat(stopped).isLessThan(Duration.ofSeconds(grace));
        } finally {
            TestDatabase.drop(database);
        }
    }

    /** A POST of a graded sheet and a read of the questions per round, from CLIENTS at once; the answers that succeeded. */
    private static int load(String baseUrl) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest post = HttpRequest.newBuilder(URI.create(baseUrl + "/attempts"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Sheets.perfectSheet())).build();
        HttpRequest read = HttpRequest.newBuilder(URI.create(baseUrl + "/quizzes/chapter-20/questions")).build();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                work.add(() -> {
                    for (int i = 0; i < REQUESTS_EACH; i++) {
                        if (http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                            answered.incrementAndGet();
                        }
                        if (http.send(read, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            answered.incrementAndGet();
                        }
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
        return answered.get();
    }

    /** The instance's JVM among this test's child processes, found by the management port it was given. */
    private static long instancePid(ServiceProcess service) {
        String port = "-Dquarkus.management.port=" + URI.create(service.managementUrl).getPort();
        return ProcessHandle.current().children()
            .filter(child -> child.info().arguments().map(args -> List.of(args).contains(port)).orElse(false))
            .findFirst().orElseThrow(() -> new AssertionError("no child process runs with " + port)).pid();
    }

    private static long residentBytes(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
            .filter(line -> line.startsWith("VmRSS:"))
            .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
            .findFirst().orElseThrow();
    }
}
