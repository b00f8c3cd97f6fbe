package dev.quizbank.ha;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Item statistics read from a standby of the Patroni cluster (QUARKUS_DATASOURCE_STATISTICS_JDBC_URL) are the
 * figures the primary gives, once the standby has replayed the writes; the scan runs on the standby.
 */
class StatisticsReplicaHaIT {

    private static final int ATTEMPTS = 40;
    private static final String APPLICATION = "quizbank-statistics";
    private static final Map<String, String> CONFIG = Map.of("quiz.rate-limit.enabled", "false",
            "mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY.toAbsolutePath().toString(),
            "mp.jwt.verify.issuer", Tokens.ISSUER);

    @Test
    void shouldGiveTheSameStatisticsFromAStandbyAsFromThePrimary() throws Exception {
        try (PatroniCluster cluster = PatroniCluster.start()) {
            Map<String, String> onStandby = new HashMap<>(CONFIG);
            onStandby.put("quarkus.datasource.statistics.jdbc.url", cluster.jdbcUrl
                    .replace("targetServerType=primary", "targetServerType=preferSecondary") + "&ApplicationName=" + APPLICATION);
            try (ServiceProcess standbyReader = ServiceProcess.startOn(cluster.jdbcUrl, onStandby);
                    ServiceProcess primaryReader = ServiceProcess.startOn(cluster.jdbcUrl, CONFIG)) {
                standbyReader.awaitReady(Duration.ofSeconds(180));
                primaryReader.awaitReady(Duration.ofSeconds(180));
                for (int i = 0; i < ATTEMPTS; i++) {
                    given().baseUri(primaryReader.baseUrl).contentType(ContentType.JSON)
                            .body("{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":1,\"choice\":\"" + "ABCD".charAt(i % 4)
                                    + "\"},{\"question\":2,\"choice\":\"" + "ABCD".charAt(i / 4 % 4) + "\"}]}")
                            .when().post("/attempts").then().statusCode(201);
                }
                int primary = cluster.primary();
                awaitReplayed(cluster, primary, Duration.ofSeconds(10));

                String fromStandby = statistics(standbyReader);
                String fromPrimary = statistics(primaryReader);
                assertThat(JsonPath.from(fromStandby).getInt("attempts")).isEqualTo(ATTEMPTS);
                assertThat(fromStandby).isEqualTo(fromPrimary);

                int scanned = 0;
                for (int node = 1; node <= 3; node++) {
                    if (sessions(cluster.jdbcUrl(node)) > 0) {
                        assertThat(node).as("the node the statistics read from").isNotEqualTo(primary);
                        scanned++;
                    }
                }
                assertThat(scanned).as("standbys the statistics read from").isEqualTo(1);
            }
        }
    }

    private static String statistics(ServiceProcess instance) {
        return given().baseUri(instance.baseUrl).header("Authorization", "Bearer " + Tokens.admin("root"))
                .accept(ContentType.JSON).when().get("/quizzes/chapter-20/statistics")
                .then().statusCode(200).extract().asString();
    }

    /** Waits until every standby has replayed the primary's WAL as it stands now. */
    private static void awaitReplayed(PatroniCluster cluster, int primary, Duration timeout) throws Exception {
        String written = single(cluster.jdbcUrl(primary), "select pg_current_wal_lsn()::text");
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int node = 1; node <= 3; node++) {
            if (node == primary) {
                continue;
            }
            while (!single(cluster.jdbcUrl(node), "select (pg_last_wal_replay_lsn() >= '" + written + "')::text").equals("true")) {
                assertThat(System.nanoTime()).as("node " + node + " replays " + written + " within " + timeout).isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    private static int sessions(String jdbcUrl) throws SQLException {
        return Integer.parseInt(single(jdbcUrl, "select count(*)::text from pg_stat_activity where application_name = '"
                + APPLICATION + "'"));
    }

    private static String single(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
