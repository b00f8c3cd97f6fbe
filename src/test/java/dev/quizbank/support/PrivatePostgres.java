package dev.quizbank.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own, in a temporary directory on a free port, that the test
 * may stop and start. It runs as the {@code postgres} user, since PostgreSQL refuses root.
 */
public final class PrivatePostgres implements AutoCloseable {

    private final Path directory;
    private final Path bin;
    public final int port;

    private PrivatePostgres(Path directory, Path bin, int port) {
        this.directory = directory;
        this.bin = bin;
        this.port = port;
    }

    public static PrivatePostgres create() throws IOException, InterruptedException {
        Path bin;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = versions.max(Comparator.naturalOrder()).orElseThrow().resolve("bin");
        }
        Path directory = Files.createTempDirectory("quizbank-pg-");
        run("chown", "postgres", directory.toString());
        PrivatePostgres cluster = new PrivatePostgres(directory, bin, ServiceProcess.freePort());
        cluster.asPostgres(bin.resolve("initdb").toString(), "--auth=trust", "--username=postgres", "-D",
                directory.resolve("data").toString());
        cluster.start();
        return cluster;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public void start() throws IOException, InterruptedException {
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-w",
                "-l", directory.resolve("log").toString(),
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start");
    }

    /** Stops the server at once, as a crash or a network loss would, cutting every connection. */
    public void stop() throws IOException, InterruptedException {
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-w", "-m",
                "immediate", "stop");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // nothing to stop
        }
        run("rm", "-rf", directory.toString());
    }

    private void asPostgres(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
