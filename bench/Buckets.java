import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups async-profiler's collapsed stacks (one "frame;frame;... count" a line, threads first) by what each
 * sample was doing, for bench/where.sh. A sample goes to the first group, in the order below, that one of its
 * frames names: the database driver before the pool that wraps it, both before the JSON and web layers that
 * call them, so that each group is the time spent inside it.
 */
public class Buckets {

    record Group(String name, List<String> frames) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("JIT compiler threads", List.of("[C1 CompilerThre", "[C2 CompilerThre")),
            new Group("GC and VM threads", List.of("[VM Thread", "[GC Thread", "[VM Periodic", "[Notification Thread")),
            new Group("JDBC driver: statement, socket to PostgreSQL", List.of("org/postgresql/")),
            new Group("connection pool (Agroal): waiting for and returning a connection", List.of("io/agroal/")),
            new Group("transactions (Narayana)", List.of("com/arjuna/", "io/narayana/")),
            new Group("grading", List.of("dev/quizbank/attempt/service/Grader", "dev/quizbank/attempt/grading/")),
            new Group("request validation (Hibernate Validator)", List.of("org/hibernate/validator/")),
            new Group("JSON read (Jackson)", List.of("BeanDeserializer", "ObjectReader", "readValue")),
            new Group("JSON write (Jackson)", List.of("BeanSerializer", "ObjectWriter", "JsonGenerator", "writeValue")),
            new Group("security: bearer token check", List.of("io/quarkus/security/", "io/smallrye/jwt/",
                    "io/quarkus/vertx/http/runtime/security/", "io/quarkus/smallrye/jwt/")),
            new Group("metrics (Micrometer)", List.of("io/micrometer/")),
            new Group("Quizbank's HTTP layer (limits, headers, problems)", List.of("dev/quizbank/http/", "dev/quizbank/problem/")),
            new Group("Hibernate ORM (sessions, queries, entities)", List.of("org/hibernate/")),
            new Group("Quizbank, the rest of the request", List.of("dev/quizbank/")),
            new Group("Quarkus REST (routing, invoking, writing)", List.of("org/jboss/resteasy/reactive/", "io/quarkus/resteasy/reactive/")),
            new Group("Vert.x HTTP", List.of("io/vertx/", "io/quarkus/vertx/")),
            new Group("Netty: event loop, sockets", List.of("io/netty/")));

    public static void main(String[] args) throws IOException {
        Map<String, Long> samples = new LinkedHashMap<>();
        GROUPS.forEach(group -> samples.put(group.name(), 0L));
        long total = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            int space = line.lastIndexOf(' ');
            long count = Long.parseLong(line.substring(space + 1));
            String stack = line.substring(0, space);
            total += count;
            samples.merge(GROUPS.stream().filter(group -> group.frames().stream().anyMatch(stack::contains))
                    .map(Group::name).findFirst().orElse("other"), count, Long::sum);
        }
        long all = total;
        System.out.printf("%8s %7s  %s%n", "samples", "share", "what");
        samples.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(entry -> entry.getValue() > 0)
                .forEach(entry -> System.out.printf("%8d %6.1f%%  %s%n", entry.getValue(), 100.0 * entry.getValue() / all, entry.getKey()));
        System.out.printf("%8d %6.1f%%  all samples%n", all, 100.0);
    }
}
