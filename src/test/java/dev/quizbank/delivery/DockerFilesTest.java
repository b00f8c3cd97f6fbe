package dev.quizbank.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.quizbank.support.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** No Docker engine runs here, so what can be checked of docker/ offline is checked here. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class DockerFilesTest {

    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker", "compose.yaml").toFile());
    }

    @Test
    void shouldOnlySetEnvironmentVariablesTheServiceReads() throws IOException {
        Set<String> readable = StreamSupport.stream(ConfigProvider.getConfig().getPropertyNames().spliterator(), false)
                .map(name -> name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase())
                .collect(Collectors.toSet());
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
        assertThat(compose.at("/services/app/healthcheck/test").toString()).contains("/q/health/ready");
        assertThat(compose.at("/services/app/build/dockerfile").asText()).isEqualTo("docker/Dockerfile");
    }

    @Test
    void shouldBuildANonRootImageFromTheFourQuarkusLayers() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docker", "Dockerfile"));
        assertThat(lines).filteredOn(l -> l.startsWith("COPY --chown=185 target/quarkus-app/")).hasSize(4);
        assertThat(lines).contains("USER 185");
    }
}
