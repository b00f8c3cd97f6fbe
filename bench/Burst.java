// The open-model load generator of bench/burst.sh: java bench/Burst.java MODE ... (JDK 25, no dependency).
//   token ROLE SUBJECT                       prints a bearer token
//   tokens ROLE PREFIX COUNT                 prints the tokens of PREFIX1..PREFIXCOUNT, one a line (bench/run.sh)
//   lifecycle BASE QUIZ PREFIX COUNT SECONDS set-up: each learner PREFIX1..PREFIXCOUNT starts an attempt
//                                            at QUIZ and autosaves a sheet; burst: all submit in SECONDS
//   oneshot BASE QUIZ PREFIX COUNT SECONDS   burst: each learner posts one whole sheet to POST /attempts
// Tokens are RS256, signed with the PKCS#8 key in $BURST_KEY for the issuer $BURST_ISSUER.
// A burst sends request i at start + i × SECONDS / COUNT whether or not earlier ones have answered (an open
// model: a closed loop like wrk's waits for an answer before it sends again, and so hides the queue), and
// times each from that scheduled instant, so a request that waits behind a stalled one counts the wait.
// Prints one line: count, failures, p50 p90 p99 p99.9 max in ms, and how late the sender itself was (p99, max):
// that lateness is inside the latencies, so on a busy machine it shows the client's own share of them.
// Exits 1 if any request failed or was refused, or if the p99 exceeds $BOUND_MS.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
static final Duration TIMEOUT = Duration.ofSeconds(30);
static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
static final int SETUP_IN_FLIGHT = 16;
static final ConcurrentLinkedQueue<String> FAILURES = new ConcurrentLinkedQueue<>();

void main(String[] args) throws Exception {
    switch (args[0]) {
        case "token" -> IO.println(token(args[1], args[2]));
        case "tokens" -> IntStream.rangeClosed(1, Integer.parseInt(args[3])).parallel()
                .mapToObj(i -> token(args[1], args[2] + i)).toList().forEach(IO::println);
        case "lifecycle" -> {
            String base = args[1], quiz = args[2];
            List<String> tokens = tokens(args[3], Integer.parseInt(args[4]));
            String[] ids = setUp(base, quiz, tokens);
            String last = "{\"answers\":[{\"question\":25,\"choice\":\"B\"}]}";
            System.exit(burst("submit", tokens.size(), Double.parseDouble(args[5]),
                    i -> post(base + "/attempts/" + ids[i] + "/submit", tokens.get(i), last)));
        }
        case "oneshot" -> {
            String base = args[1], quiz = args[2];
            List<String> tokens = tokens(args[3], Integer.parseInt(args[4]));
            String[] sheets = tokens.stream().map(t -> "{\"quizId\":\"" + quiz + "\",\"answers\":" + sheet() + "}")
                    .toArray(String[]::new);
            System.exit(burst("one-shot", tokens.size(), Double.parseDouble(args[5]),
                    i -> post(base + "/attempts", tokens.get(i), sheets[i])));
        }
        default -> throw new IllegalArgumentException("mode: token, tokens, lifecycle or oneshot");
    }
}

/** Starts each learner's attempt and saves a sheet with the start's ETag, SETUP_IN_FLIGHT at a time: not timed. */
String[] setUp(String base, String quiz, List<String> tokens) throws InterruptedException {
    long start = System.nanoTime();
    String[] ids = new String[tokens.size()];
    AtomicInteger failed = new AtomicInteger();
    Semaphore inFlight = new Semaphore(SETUP_IN_FLIGHT);
    for (int i = 0; i < ids.length; i++) {
        inFlight.acquire();
        int learner = i;
        String token = tokens.get(i);
        CLIENT.sendAsync(post(base + "/quizzes/" + quiz + "/attempts", token, ""), BodyHandlers.ofString())
                .thenCompose(started -> {
                    Matcher id = ID.matcher(started.body());
                    if (started.statusCode() != 201 || !id.find()) {
                        throw new IllegalStateException("start " + started.statusCode() + " " + started.body());
                    }
                    ids[learner] = id.group(1);
                    HttpRequest save = request(base + "/attempts/" + ids[learner] + "/responses", token)
                            .header("If-Match", started.headers().firstValue("ETag").orElse("\"0\""))
                            .PUT(BodyPublishers.ofString("{\"answers\":" + sheet() + "}")).build();
                    return CLIENT.sendAsync(save, BodyHandlers.ofString());
                })
                .whenComplete((saved, error) -> {
                    if (error != null || saved.statusCode() != 200) {
                        failed.incrementAndGet();
                        FAILURES.add(error != null ? error.toString() : "save " + saved.statusCode() + " " + saved.body());
                    }
                    inFlight.release();
                });
    }
    inFlight.acquire(SETUP_IN_FLIGHT);
    double seconds = (System.nanoTime() - start) / 1e9;
    IO.println("set-up: %d attempts started and saved in %.1f s (%.0f learners/s, %d in flight, closed loop), %d failed"
            .formatted(ids.length, seconds, ids.length / seconds, SETUP_IN_FLIGHT, failed.get()));
    if (failed.get() > 0) {
        FAILURES.stream().limit(3).forEach(f -> System.err.println("  " + f));
        System.exit(1);
    }
    return ids;
}

/** Sends request i at its scheduled instant, prints the figures, and answers the exit status. */
int burst(String name, int count, double seconds, java.util.function.IntFunction<HttpRequest> requests) {
    HttpRequest[] built = IntStream.range(0, count).mapToObj(requests).toArray(HttpRequest[]::new);
    long interval = (long) (seconds * 1e9 / count);
    long[] latency = new long[count];
    int[] status = new int[count];
    CompletableFuture<?>[] answers = new CompletableFuture<?>[count];
    try { // the client's first request loads its classes and threads: not on the schedule
        CLIENT.send(HttpRequest.newBuilder(built[0].uri().resolve("/quizzes")).timeout(TIMEOUT).build(), BodyHandlers.discarding());
    } catch (java.io.IOException | InterruptedException e) {
        throw new IllegalStateException(e);
    }
    long[] late = new long[count];
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
    for (int i = 0; i < count; i++) {
        long due = start + i * interval;
        for (long wait; (wait = due - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(wait);
        }
        late[i] = System.nanoTime() - due;
        int request = i;
        answers[i] = CLIENT.sendAsync(built[i], BodyHandlers.ofString()).whenComplete((response, error) -> {
            latency[request] = System.nanoTime() - due;
            status[request] = error != null ? -1 : response.statusCode();
            if (error != null || response.statusCode() / 100 != 2) {
                FAILURES.add(error != null ? error.toString() : response.statusCode() + " " + response.body());
            }
        });
    }
    double sent = (System.nanoTime() - start) / 1e9;
    CompletableFuture.allOf(answers).exceptionally(error -> null).join();
    long failed = Arrays.stream(status).filter(s -> s / 100 != 2).count();
    long[] sorted = latency.clone();
    Arrays.sort(sorted);
    Arrays.sort(late);
    double p99 = ms(percentile(sorted, 0.99));
    double bound = Double.parseDouble(System.getenv().getOrDefault("BOUND_MS", "100"));
    IO.println(("%s: %d requests in %.1f s (%.0f/s, open model), %d failed, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, "
            + "p99.9 %.1f ms, max %.1f ms (sender late p99 %.1f ms, max %.1f ms); p99 bound %.0f ms: %s")
            .formatted(name, count, sent, count / sent, failed, ms(percentile(sorted, 0.5)), ms(percentile(sorted, 0.9)),
                    p99, ms(percentile(sorted, 0.999)), ms(sorted[count - 1]), ms(percentile(late, 0.99)), ms(late[count - 1]), bound,
                    p99 <= bound ? "met" : "missed"));
    FAILURES.stream().limit(3).forEach(f -> System.err.println("  " + f));
    return failed == 0 && p99 <= bound ? 0 : 1;
}

static long percentile(long[] sorted, double p) {
    return sorted[(int) Math.ceil(p * sorted.length) - 1];
}

static double ms(long nanos) {
    return nanos / 1e6;
}

static HttpRequest.Builder request(String uri, String token) {
    return HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json");
}

static HttpRequest post(String uri, String token, String body) {
    return request(uri, token).POST(body.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(body)).build();
}

/** A chapter-20 sheet, as bench/sheet.lua makes it: each of the 25 questions answered A-D, or left out one time in four. */
static String sheet() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder answers = new StringBuilder("[");
    for (int q = 1; q <= 25; q++) {
        if (random.nextInt(4) > 0) {
            answers.append(answers.length() > 1 ? "," : "").append("{\"question\":").append(q)
                    .append(",\"choice\":\"").append((char) ('A' + random.nextInt(4))).append("\"}");
        }
    }
    return answers.append(']').toString();
}

/** One token per learner, each its own subject, signed before any request is timed. */
static List<String> tokens(String prefix, int count) {
    return IntStream.rangeClosed(1, count).parallel().mapToObj(i -> token("learner", prefix + i)).toList();
}

static String token(String role, String subject) {
    long now = System.currentTimeMillis() / 1000;
    String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = base64(("{\"iss\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[\"%s\"],\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}")
            .formatted(System.getenv("BURST_ISSUER"), subject, subject, role, now, now + 7200, UUID.randomUUID())
            .getBytes(StandardCharsets.UTF_8));
    try {
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(KEY);
        rs256.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + base64(rs256.sign());
    } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
    }
}

/** The signing key, from $BURST_KEY (PEM, PKCS#8 as openssl genpkey writes it). */
static final PrivateKey KEY = readKey();

static PrivateKey readKey() {
    try {
        String pem = Files.readString(Path.of(System.getenv("BURST_KEY"))).replaceAll("-----[A-Z ]+-----|\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    } catch (java.io.IOException | java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
    }
}

static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
}
