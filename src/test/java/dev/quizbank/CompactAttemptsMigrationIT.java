package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Attempts stored whole by schema version 3 are converted to the compact form by version 4 without
 * loss: each reads back byte for byte as it was first returned, before and after a restart, as does
 * one stored in the compact form; and every row is at most 512 bytes.
 */
class CompactAttemptsMigrationIT {

    @Test
    void shouldServeOldAttemptsByteForByteAfterTheMigration() throws Exception {
        String database = TestDatabase.create();
        try {
            Flyway.configure().dataSource(TestDatabase.jdbcUrl(database), "postgres", "")
                    .schemas("quizbank").defaultSchema("quizbank").locations("filesystem:src/main/resources/db/migration")
                    .target("3").load().migrate();
            Map<String, String> bodies = new LinkedHashMap<>();
            try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(database), "postgres", "");
                    Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute(Files.readString(Path.of("src", "test", "resources", "migration", "v3-attempts.sql")));
                c.commit();
                try (ResultSet rs = s.executeQuery("select id, result from quizbank.attempt")) {
                    while (rs.next()) {
                        bodies.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            assertThat(bodies).hasSize(3);

            try (ServiceProcess service = ServiceProcess.start(database, Map.of())) {
                service.awaitReady(Duration.ofSeconds(90));
                assertServes(service, bodies);
                Response posted = given().baseUri(service.baseUrl).contentType(ContentType.JSON)
                        .body("{\"quizId\":\"chapter-20\",\"answers\":[{\"question\":7,\"choice\":\"d\"}]}")
                        .when().post("/attempts");
                posted.then().statusCode(201);
                bodies.put(posted.jsonPath().getString("id"), posted.asString());
            }
            try (ServiceProcess restarted = ServiceProcess.start(database, Map.of())) {
                restarted.awaitReady(Duration.ofSeconds(90));
                assertServes(restarted, bodies);
            }
            assertThat(Sql.count(database, "select max(pg_column_size(a.*)) from quizbank.attempt a")).isLessThanOrEqualTo(512);
            assertThat(Sql.count(database, "select count(*) from quizbank.quiz_version")).isEqualTo(1);
        } finally {
            TestDatabase.drop(database);
        }
    }

    private static void assertServes(ServiceProcess service, Map<String, String> bodies) {
        bodies.forEach((id, body) -> assertThat(given().baseUri(service.baseUrl).when().get("/attempts/" + id)
                .then().statusCode(200).extract().asString()).as(id).isEqualTo(body));
    }
}
