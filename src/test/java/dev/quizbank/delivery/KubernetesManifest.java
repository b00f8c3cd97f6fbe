package dev.quizbank.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The committed manifest that quarkus-kubernetes writes ({@code deploy/kubernetes/kubernetes.yml}; CI fails when the
 * build would write another), read as the cluster reads it, beside the settings of application.properties it must
 * agree with.
 */
public final class KubernetesManifest {

    public static final Path FILE = Path.of("deploy", "kubernetes", "kubernetes.yml");
    private static final Path PROPERTIES = Path.of("src", "main", "resources", "application.properties");

    private final List<JsonNode> resources;
    private final Properties properties;

    private KubernetesManifest(List<JsonNode> resources, Properties properties) {
        this.resources = resources;
        this.properties = properties;
    }

    public static KubernetesManifest read() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<JsonNode> resources;
        try (var documents = yaml.readerFor(JsonNode.class).<JsonNode>readValues(FILE.toFile())) {
            resources = documents.readAll();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(PROPERTIES)) {
            properties.load(in);
        }
        return new KubernetesManifest(resources, properties);
    }

    /** The one resource of that kind; a missing or repeated one fails the test that asks. */
    public JsonNode only(String kind) {
        List<JsonNode> ofKind = resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
        if (ofKind.size() != 1) {
            throw new AssertionError(FILE + " holds " + ofKind.size() + " resources of kind " + kind + ", not one");
        }
        return ofKind.getFirst();
    }

    public List<String> kinds() {
        return resources.stream().map(r -> r.path("kind").asText()).toList();
    }

    /** The service's container in the Deployment's pod template. */
    public JsonNode container() {
        JsonNode containers = only("Deployment").at("/spec/template/spec/containers");
        if (containers.size() != 1) {
            throw new AssertionError("the pod template holds " + containers.size() + " containers, not one");
        }
        return containers.get(0);
    }

    /** The container port of that name ({@code http}, {@code management}). */
    public int containerPort(String name) {
        for (JsonNode port : container().path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("the container declares no port named " + name);
    }

    /** The port a probe's {@code httpGet} names, as a number whether the manifest gives a number or a port's name. */
    public int probePort(JsonNode probe) {
        JsonNode port = probe.at("/httpGet/port");
        return port.isNumber() ? port.asInt() : containerPort(port.asText());
    }

    /** A setting of application.properties in the production profile, or the default Quarkus gives it. */
    public String setting(String key, String quarkusDefault) {
        return properties.getProperty(key, quarkusDefault);
    }

    /** A duration as Quarkus reads one: bare seconds, {@code 500ms}, {@code 5s}, {@code 1m}, or ISO-8601. */
    public Duration durationSetting(String key) {
        String value = setting(key, "0").trim();
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        if (value.toLowerCase().endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        return Duration.parse(value.toUpperCase().startsWith("P") ? value : "PT" + value);
    }

    /** Kubernetes quantities of memory ({@code 512Mi}, {@code 1Gi}, {@code 500M}), in bytes. */
    public static long bytes(String quantity) {
        String[][] units = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"k", "1000"}, {"M", "1000000"},
            {"G", "1000000000"}};
        for (String[] unit : units) {
            if (quantity.endsWith(unit[0])) {
                return Long.parseLong(quantity.substring(0, quantity.length() - unit[0].length())) * Long.parseLong(unit[1]);
            }
        }
        return Long.parseLong(quantity);
    }

    /** Kubernetes quantities of CPU ({@code 1000m}, {@code 2}, {@code 0.5}), in millicores. */
    public static long millicores(String quantity) {
        return quantity.endsWith("m") ? Long.parseLong(quantity.substring(0, quantity.length() - 1))
                : Math.round(Double.parseDouble(quantity) * 1000);
    }
}
