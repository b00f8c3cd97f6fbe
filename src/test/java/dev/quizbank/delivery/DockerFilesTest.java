package dev.quizbank.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** No Docker engine runs here, so what can be checked of docker/ offline is checked here, as plain files. */
class DockerFilesTest {

    /** Quarkus's own settings that the service reads without naming them in application.properties. */
    private static final Set<String> QUARKUS_DEFAULTS = Set.of("QUARKUS_HTTP_PORT", "QUARKUS_MANAGEMENT_PORT");

    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker", "compose.yaml").toFile());
    }

    @Test
    void shouldOnlySetEnvironmentVariablesTheServiceReads() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(in);
        }
        Set<String> readable = properties.stringPropertyNames().stream()
                .map(name -> name.replaceFirst("^%[a-z,]+\\.", "").replaceAll("[^A-Za-z0-9]", "_").toUpperCase())
                .collect(Collectors.toCollection(HashSet::new));
        readable.addAll(QUARKUS_DEFAULTS);
        List<String> variables = new ArrayList<>();
        compose().at("/services/app/environment").fieldNames().forEachRemaining(variables::add);
        assertThat(variables).contains("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_HTTP_PORT");
        assertThat(readable).containsAll(variables);
    }

    @Test
    void shouldStartTheServiceOnceTheDatabaseIsHealthy() throws IOException {
        JsonNode compose = compose();
        assertThat(compose.at("/services/app/depends_on/db/condition").asText()).isEqualTo("service_healthy");
        assertThat(compose.at("/services/db/healthcheck/test").toString()).contains("pg_isready");
        assertThat(compose.at("/services/app/healthcheck/test").toString()).contains("localhost:9000/q/health/ready");
        assertThat(compose.at("/services/app/build/dockerfile").asText()).isEqualTo("docker/Dockerfile");
    }

    @Test
    void shouldBuildANonRootImageFromTheQuarkusLayersAndTheAotCache() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docker", "Dockerfile"));
        assertThat(lines).filteredOn(l -> l.startsWith("COPY --chown=185 target/quarkus-app/")).hasSize(5);
        assertThat(lines).contains("USER 185");
        assertThat(lines).anyMatch(l -> l.startsWith("FROM ") && l.contains("openjdk-25"));
        assertThat(lines).anyMatch(l -> l.contains("localhost:9000/q/health/ready"));
        assertThat(lines).contains("WORKDIR /deployments");
        assertThat(lines).anyMatch(l -> l.startsWith("ENTRYPOINT") && l.contains("\"-XX:AOTCache=app.aot\""));
        assertThat(String.join("\n", lines)).contains("\"-jar\", \"quarkus-run.jar\"");
    }
}
