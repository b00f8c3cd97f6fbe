package dev.quizbank.delivery;

import static dev.quizbank.delivery.KubernetesManifest.bytes;
import static dev.quizbank.delivery.KubernetesManifest.millicores;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a cluster does with deploy/kubernetes/kubernetes.yml, checked offline (no cluster runs here): where it probes,
 * how it rolls and drains, what it reserves and where the configuration comes from. KubernetesProbesIT asks the
 * packaged service itself.
 */
class KubernetesManifestTest {

    @Test
    void shouldHoldOnlyWhatAPlainClusterAccepts() throws IOException {
        KubernetesManifest manifest = KubernetesManifest.read();
        // No ServiceMonitor (it needs the Prometheus operator's CRD), no migration Job with its RBAC.
        assertThat(manifest.kinds()).containsExactlyInAnyOrder("PodDisruptionBudget", "Service", "Deployment");
        JsonNode service = manifest.only("Service");
        assertThat(service.at("/spec/ports")).hasSize(1);
        assertThat(service.at("/spec/ports/0/targetPort").asInt()).as("the Service exposes the API only")
            .isEqualTo(manifest.containerPort("http"));
    }

    @Test
    void shouldProbeTheManagementPortNeverThePublicOne() throws IOException {
        KubernetesManifest manifest = KubernetesManifest.read();
        JsonNode container = manifest.container();
        int management = manifest.containerPort("management");
        assertThat(management).isEqualTo(Integer.parseInt(manifest.setting("quarkus.management.port", "9000")));
        assertThat(manifest.containerPort("http")).isEqualTo(Integer.parseInt(manifest.setting("quarkus.http.port", "8080")));
        Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                "readinessProbe", "/q/health/ready");
        paths.forEach((probe, path) -> {
            assertThat(container.path(probe).at("/httpGet/path").asText()).as(probe).isEqualTo(path);
            assertThat(manifest.probePort(container.path(probe))).as(probe).isEqualTo(management);
        });
        // A start takes 2.6-8.7 s on two cores (BENCHMARKS.md): a slow node gets a minute before liveness counts.
        JsonNode startup = container.path("startupProbe");
        long window = startup.path("periodSeconds").asLong() * startup.path("failureThreshold").asLong();
        assertThat(window).as("seconds a start may take").isGreaterThanOrEqualTo(60);
    }

    @Test
    void shouldRollOnePodAtATimeAndKeepTwoThroughADrain() throws IOException {
        KubernetesManifest manifest = KubernetesManifest.read();
        JsonNode deployment = manifest.only("Deployment");
        assertThat(deployment.at("/spec/strategy/type").asText()).isEqualTo("RollingUpdate");
        assertThat(deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asText()).isEqualTo("0");
        assertThat(deployment.at("/spec/strategy/rollingUpdate/maxSurge").asText()).isEqualTo("1");
        int replicas = deployment.at("/spec/replicas").asInt();
        assertThat(replicas).isEqualTo(3);

        JsonNode budget = manifest.only("PodDisruptionBudget");
        assertThat(budget.path("apiVersion").asText()).isEqualTo("policy/v1");
        int minAvailable = budget.at("/spec/minAvailable").asInt();
        assertThat(minAvailable).as("a drain takes one pod while another may be lost").isEqualTo(2)
            .isLessThan(replicas);
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        budget.at("/spec/selector/matchLabels").properties().forEach(label ->
            assertThat(podLabels.path(label.getKey()).asText()).as("the budget selects the pods").isEqualTo(label.getValue().asText()));
        assertThat(deployment.at("/spec/selector/matchLabels").has("app.kubernetes.io/version"))
            .as("a selector cannot change, so it names no version").isFalse();
    }

    @Test
    void shouldOutlastTheServicesOwnShutdown() throws IOException {
        KubernetesManifest manifest = KubernetesManifest.read();
        long grace = manifest.only("Deployment").at("/spec/template/spec/terminationGracePeriodSeconds").asLong();
        Duration shutdown = manifest.durationSetting("quarkus.shutdown.delay")
            .plus(manifest.durationSetting("quarkus.shutdown.timeout"));
        assertThat(Duration.ofSeconds(grace)).as("SIGKILL only after the service's own shutdown")
            .isGreaterThan(shutdown)
            // The drain's settings as planned for issue 28 (delay 5 s, then 30 s for requests in flight).
            .isGreaterThan(Duration.ofSeconds(5 + 30));
    }

    @Test
    void shouldReserveWhatTheServiceWasMeasuredToUse() throws IOException {
        KubernetesManifest manifest = KubernetesManifest.read();
        JsonNode resources = manifest.container().path("resources");
        long memoryRequest = bytes(resources.at("/requests/memory").asText());
        long memoryLimit = bytes(resources.at("/limits/memory").asText());
        assertThat(memoryRequest).as("a pod is not evicted first for using what it asked for").isEqualTo(memoryLimit);
        // The heap the image gives the JVM (docker/Dockerfile's -Xmx) is a third of what it needs in all (BENCHMARKS.md:
        // RSS 304-381 MB with -Xmx128m); KubernetesProbesIT measures the packaged service under load against the limit.
        assertThat(memoryLimit).isGreaterThanOrEqualTo(3 * imageHeapBytes());
        long cpuRequest = millicores(resources.at("/requests/cpu").asText());
        long cpuLimit = millicores(resources.at("/limits/cpu").asText());
        assertThat(cpuRequest).as("one core: a POST's measured CPU at the peak of capacity's arithmetic").isGreaterThanOrEqualTo(1000);
        assertThat(cpuLimit).as("the start's JIT runs on two").isGreaterThanOrEqualTo(2000);
    }

    @Test
    void shouldTakeDatabaseAndTokenSettingsFromTheConfigMapAndTheSecret() throws IOException {
        KubernetesManifest manifest = KubernetesManifest.read();
        JsonNode container = manifest.container();
        List<String> sources = new ArrayList<>();
        container.path("envFrom").forEach(source -> source.properties().forEach(ref ->
            sources.add(ref.getKey() + ":" + ref.getValue().path("name").asText())));
        assertThat(sources).containsExactlyInAnyOrder("configMapRef:quizbank", "secretRef:quizbank");
        List<String> literal = new ArrayList<>();
        container.path("env").forEach(variable -> literal.add(variable.path("name").asText()));
        assertThat(literal).noneMatch(name -> name.startsWith("QUARKUS_DATASOURCE") || name.startsWith("MP_JWT"));
        assertThat(Files.readString(KubernetesManifest.FILE)).doesNotContainIgnoringCase("password");
        assertThat(manifest.only("Deployment").at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean())
            .as("docker/Dockerfile runs as user 185").isTrue();
    }

    private static long imageHeapBytes() throws IOException {
        String entrypoint = Files.readAllLines(Path.of("docker", "Dockerfile")).stream()
            .filter(line -> line.startsWith("ENTRYPOINT")).findFirst().orElseThrow();
        String xmx = entrypoint.replaceFirst("(?s).*\"-Xmx(\\d+)m\".*", "$1");
        return Long.parseLong(xmx) * 1024 * 1024;
    }
}
