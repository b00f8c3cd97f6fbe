package dev.quizbank.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as a process of its
 * own, as one of several instances sharing a database.
 */
public final class ServiceProcess implements AutoCloseable {

    /** A generation's line of GC.heap_info, as the serial collector writes it ("Tenured    total 87424K, used 35011K"). */
    private static final Pattern GENERATION_USED = Pattern.compile("^(?:DefNew|Tenured)\\s+total \\d+K, used (\\d+)K");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The packaged jar; its directory holds the AOT cache the build trains. */
    public static final Path JAR = Path.of(System.getProperty("quizbank.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();

    private final Process process;
    private final Path log;
    public final String baseUrl;
    /** The management interface: health and metrics. */
    public final String managementUrl;

    private ServiceProcess(Process process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.baseUrl = "http://127.0.0.1:" + port;
        this.managementUrl = "http://127.0.0.1:" + managementPort;
    }

    /** Starts an instance on a free port; call {@link #awaitReady} before using it. */
    public static ServiceProcess start(String database, Map<String, String> config) throws IOException {
        return startOn(TestDatabase.jdbcUrl(database), config);
    }

    public static ServiceProcess startOn(String jdbcUrl, Map<String, String> config) throws IOException {
        return startOn(jdbcUrl, config, List.of());
    }

    /**
     * Starts an instance with JVM options of its own, run as the README runs it: from the jar's
     * directory (where an AOT cache names its class path relative to).
     */
    public static ServiceProcess startOn(String jdbcUrl, Map<String, String> config, List<String> jvmOptions) throws IOException {
        int[] ports = freePorts(2);
        List<String> options = new ArrayList<>(jvmOptions);
        // No load balancer sends to these instances: nothing to wait for when the test stops them.
        options.add("-Dquarkus.shutdown.delay=0s");
        return start(jdbcUrl, config, options, ports[0], ports[1]);
    }

    /**
     * Starts an instance on the given ports, as a deployment behind a load balancer runs it: with the
     * shutdown delay it ships with, during which readiness is DOWN and requests are still served.
     */
    public static ServiceProcess startDeployed(String jdbcUrl, Map<String, String> config, int port, int managementPort)
            throws IOException {
        return start(jdbcUrl, config, List.of(), port, managementPort);
    }

    private static ServiceProcess start(String jdbcUrl, Map<String, String> config, List<String> jvmOptions, int port,
            int managementPort) throws IOException {
        Path log = Files.createTempFile("quizbank-instance-", ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort, "-Dquarkus.datasource.jdbc.url=" + jdbcUrl));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.getFileName().toString()));
        Process process = new ProcessBuilder(command).directory(JAR.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ServiceProcess(process, log, port, managementPort);
    }


    public ServiceProcess awaitReady(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("instance not ready within " + timeout + ":\n" + log());
    }

    /**
     * The heap the instance's live objects take, in bytes: what its collector leaves in use after a full
     * collection that {@code jcmd} asks for (the sum of the generations, as {@code GC.heap_info} lists them).
     */
    public long heapUsedAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        long usedKb = 0;
        for (String line : jcmd("GC.heap_info").lines().toList()) {
            Matcher generation = GENERATION_USED.matcher(line);
            if (generation.find()) {
                usedKb += Long.parseLong(generation.group(1));
            }
        }
        if (usedKb == 0) {
            throw new IllegalStateException("jcmd GC.heap_info named no generation of the serial collector");
        }
        return usedKb * 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "jcmd",
                Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
        }
        return output;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException, IOException {
        stop(Duration.ofSeconds(10));
        Files.deleteIfExists(log);
    }

    /** Asks the instance to shut down and waits for it to exit (killing it after {@code grace}); its exit code. */
    public int stop(Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return process.exitValue();
    }

    static int freePort() throws IOException {
        return freePorts(1)[0];
    }

    /**
     * Ports free at the time of the call, all different: the sockets are held open together, as one
     * closed early could hand out its port again (and Quarkus would serve both interfaces on it).
     */
    public static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
