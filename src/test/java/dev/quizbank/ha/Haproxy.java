package dev.quizbank.ha;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.quizbank.support.ServiceProcess;

/**
 * HAProxy running the project's own {@code deploy/haproxy.cfg}, on free ports, in front of up to three
 * instances (a slot without one points at a port nobody listens on, and stays DOWN).
 */
final class Haproxy implements AutoCloseable {

    private static final Path CONFIG = Path.of("deploy/haproxy.cfg").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** An instance's API port and management port, as HAProxy's server line names them. */
    record Backend(int port, int managementPort) {
    }

    private final Process process;
    private final Path log;
    private final int statsPort;
    final String url;

    private Haproxy(Process process, Path log, int port, int statsPort) {
        this.process = process;
        this.log = log;
        this.statsPort = statsPort;
        this.url = "http://127.0.0.1:" + port;
    }

    static Haproxy start(List<Backend> backends) throws IOException {
        int[] ports = ServiceProcess.freePorts(2 + 2 * (3 - backends.size()));
        Map<String, String> environment = new HashMap<>();
        environment.put("QUIZBANK_LB_PORT", Integer.toString(ports[0]));
        environment.put("QUIZBANK_LB_STATS_PORT", Integer.toString(ports[1]));
        for (int slot = 1; slot <= 3; slot++) {
            int unused = 2 + 2 * (slot - 1 - backends.size());
            Backend backend = slot <= backends.size() ? backends.get(slot - 1) : new Backend(ports[unused], ports[unused + 1]);
            environment.put("QUIZBANK_APP" + slot + "_ADDR", "127.0.0.1:" + backend.port());
            environment.put("QUIZBANK_APP" + slot + "_MGMT", Integer.toString(backend.managementPort()));
        }
        Path log = Files.createTempFile("quizbank-haproxy-", ".log");
        ProcessBuilder builder = new ProcessBuilder(binary(), "-db", "-f", CONFIG.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new Haproxy(builder.start(), log, ports[0], ports[1]);
    }

    /** Waits until HAProxy's health checks have found each of the servers ({@code app1}...) up. */
    void awaitUp(Duration timeout, String... servers) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String server : servers) {
            while (!state(server).filter("UP"::equals).isPresent()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(server + " not UP in HAProxy within " + timeout + ":\n" + log());
                }
                Thread.sleep(100);
            }
        }
    }

    /** Waits until HAProxy's health checks have taken the server out: it gets no new request. */
    void awaitDown(String server, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!state(server).filter("DOWN"::equals).isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(server + " not DOWN in HAProxy within " + timeout + ":\n" + log());
            }
            Thread.sleep(50);
        }
    }

    /** A server's state as HAProxy's stats give it (UP, DOWN, "UP 1/2"...); empty while HAProxy does not answer. */
    Optional<String> state(String server) throws InterruptedException {
        try {
            String csv = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return csv.lines().map(line -> line.split(","))
                    .filter(fields -> fields.length > 17 && fields[0].equals("instances") && fields[1].equals(server))
                    .map(fields -> fields[17]).findFirst();
        } catch (IOException notYet) {
            return Optional.empty();
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        process.waitFor();
        Files.deleteIfExists(log);
    }

    private static String binary() {
        Path debian = Path.of("/usr/sbin/haproxy");
        return Files.isExecutable(debian) ? debian.toString() : "haproxy";
    }
}
