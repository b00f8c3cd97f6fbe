package dev.quizbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Attempts stored whole by schema version 3 are converted to the compact form by version 4 without
 * loss: each reads back as it was first returned, before and after a restart, as does one stored in
 * the compact form, with only the fields of the question types (version 7) added; and every row is at
 * most 512 bytes.
 */
class CompactAttemptsMigrationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldServeOldAttemptsByteForByteAfterTheMigration() throws Exception {
        String database = TestDatabase.create();
        try {
            TestDatabase.migrate(database, "3");
            Map<String, String> bodies = new LinkedHashMap<>();
            try (Connection c = TestDatabase.connect(database);
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
            assertThat(Sql.count(database, "select count(*) from quizbank.quiz_version where quiz_id = 'chapter-20'")).isEqualTo(1);
        } finally {
            TestDatabase.drop(database);
        }
    }

    /**
     * Each attempt as it was first returned, with only the fields of the question types added to each result
     * (fraction, points, maxPoints and the response), whose values a one-point single-choice question implies.
     */
    private static void assertServes(ServiceProcess service, Map<String, String> bodies) {
        bodies.forEach((id, body) -> {
            JsonNode served = json(given().baseUri(service.baseUrl).when().get("/attempts/" + id)
                    .then().statusCode(200).extract().asString());
            for (JsonNode result : served.path("results")) {
                int earned = result.get("correct").asBoolean() ? 1 : 0;
                assertThat(result.get("fraction").decimalValue()).as(id).isEqualByComparingTo(String.valueOf(earned));
                assertThat(result.get("points").decimalValue()).as(id).isEqualByComparingTo(String.valueOf(earned));
                assertThat(result.get("maxPoints").intValue()).as(id).isEqualTo(1);
                assertThat(result.path("response").path("choice").asText(null)).as(id)
                        .isEqualTo(result.get("chosen").asText(null));
            }
            assertThat(withoutTypeFields(served)).as(id).isEqualTo(withoutTypeFields(json(body)));
        });
    }

    private static String withoutTypeFields(JsonNode attempt) {
        attempt.path("results").forEach(result -> ((ObjectNode) result).remove(List.of("fraction", "points", "maxPoints", "response")));
        return attempt.toString();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
