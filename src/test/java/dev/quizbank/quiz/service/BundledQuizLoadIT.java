package dev.quizbank.quiz.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.quizbank.support.ServiceProcess;
import dev.quizbank.support.TestDatabase;

/** Against the packaged jar: several instances starting on one empty database. */
class BundledQuizLoadIT {

    private String database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        TestDatabase.drop(database);
    }

    @Test
    void shouldPublishTheBundledQuizExactlyOnceWhenTwoInstancesStartTogether() throws Exception {
        try (ServiceProcess first = ServiceProcess.start(database, Map.of());
                ServiceProcess second = ServiceProcess.start(database, Map.of())) {
            first.awaitReady(Duration.ofSeconds(60));
            second.awaitReady(Duration.ofSeconds(60));

            assertThat(count("select count(*) from quizbank.quiz")).isEqualTo(1);
            assertThat(count("select count(*) from quizbank.quiz_version")).isEqualTo(1);
            assertThat(count("select count(*) from quizbank.question")).isEqualTo(25);
            for (ServiceProcess instance : new ServiceProcess[] {first, second}) {
                given().baseUri(instance.baseUrl)
                    .when().get("/quizzes/chapter-20/questions")
                    .then()
                        .statusCode(200)
                        .body("version", equalTo(1))
                        .body("questions", hasSize(25));
            }
        }

        try (ServiceProcess restarted = ServiceProcess.start(database, Map.of())) {
            restarted.awaitReady(Duration.ofSeconds(60));
            assertThat(count("select count(*) from quizbank.quiz_version")).isEqualTo(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(database), "postgres", "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
