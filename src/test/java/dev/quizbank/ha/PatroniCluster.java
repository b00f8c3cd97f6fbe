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

import dev.quizbank.support.ServiceProcess;

/**
 * The Patroni cluster of {@code deploy/patroni.sh} (etcd and three PostgreSQL nodes with synchronous
 * replication), started by that script in a directory and on ports of the test's own.
 */
final class PatroniCluster implements AutoCloseable {

    private static final Path SCRIPT = Path.of("deploy/patroni.sh").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Path directory;
    private final Map<String, String> environment;
    private final int[] postgresPorts;
    private final int[] restPorts;
    /** The service's multi-host URL, as the script prints it. */
    final String jdbcUrl;

    private PatroniCluster(Path directory, Map<String, String> environment, int[] postgresPorts, int[] restPorts,
            String jdbcUrl) {
        this.directory = directory;
        this.environment = environment;
        this.postgresPorts = postgresPorts;
        this.restPorts = restPorts;
        this.jdbcUrl = jdbcUrl;
    }

    static PatroniCluster start() throws IOException, InterruptedException {
        int[] ports = ServiceProcess.freePorts(8);
        Path directory = Files.createTempDirectory("quizbank-patroni-");
        Map<String, String> environment = new HashMap<>();
        environment.put("QUIZBANK_HA_DIR", directory.toString());
        environment.put("QUIZBANK_ETCD_PORT", Integer.toString(ports[0]));
        environment.put("QUIZBANK_ETCD_PEER_PORT", Integer.toString(ports[1]));
        int[] postgresPorts = {ports[2], ports[3], ports[4]};
        int[] restPorts = {ports[5], ports[6], ports[7]};
        for (int node = 1; node <= 3; node++) {
            environment.put("QUIZBANK_PG" + node + "_PORT", Integer.toString(postgresPorts[node - 1]));
            environment.put("QUIZBANK_PATRONI" + node + "_PORT", Integer.toString(restPorts[node - 1]));
        }
        String output;
        try {
            output = run(environment, "start");
        } catch (IllegalStateException failed) {
            run(environment, "destroy");
            throw failed;
        }
        List<String> lines = output.lines().toList();
        return new PatroniCluster(directory, environment, postgresPorts, restPorts, lines.get(lines.size() - 1));
    }

    /** The node (1 to 3) whose Patroni holds the leader key and runs PostgreSQL as primary; 0 when none does. */
    int primary() throws InterruptedException {
        for (int node = 1; node <= 3; node++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + restPorts[node - 1] + "/primary"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return node;
                }
            } catch (IOException down) {
                // a dead node is no primary
            }
        }
        return 0;
    }

    /** The node's PostgreSQL alone, to read what it holds. */
    String jdbcUrl(int node) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPorts[node - 1] + "/postgres";
    }

    /**
     * The node dies as a machine would: Patroni and the postmaster get SIGKILL, so the leader key is left to
     * lapse and nothing is shut down cleanly (the backends follow their postmaster).
     */
    void kill(int node) throws IOException, InterruptedException {
        String patroni = Files.readString(directory.resolve("node" + node + ".pid")).strip();
        String postmaster = Files.readAllLines(directory.resolve("node" + node + "/data/postmaster.pid")).get(0).strip();
        Process kill = new ProcessBuilder("kill", "-9", patroni, postmaster).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + patroni + " " + postmaster + " failed");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(environment, "destroy");
    }

    private static String run(Map<String, String> environment, String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("deploy/patroni.sh " + command + " failed:\n" + output);
        }
        return output;
    }
}
