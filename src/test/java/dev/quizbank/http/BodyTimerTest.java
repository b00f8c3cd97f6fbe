package dev.quizbank.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** quiz.body-timeout (2 s in tests) waits for bodies only: a request without one may wait on the database longer. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class BodyTimerTest {

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldLetARequestWithoutABodyWaitOnTheDatabasePastTheBodyTimeout(boolean signedIn) throws Exception {
        String attempt = given().contentType(ContentType.JSON).body("{\"quizId\":\"chapter-20\",\"answers\":[]}")
                .when().post("/attempts").then().statusCode(201).extract().header("Location");
        RequestSpecification request = signedIn ? given().header("Authorization", "Bearer " + Tokens.author("waiting-wes")) : given();
        CompletableFuture<Response> answer;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("lock table quizbank.attempt in access exclusive mode");
            answer = CompletableFuture.supplyAsync(() -> request.when().get(attempt));
            // Past the 2 s body timeout, with the list still waiting for the lock.
            Thread.sleep(3_000);
            assertThat(answer).as("still waiting on the database").isNotDone();
            connection.commit();
        }
        answer.get(10, TimeUnit.SECONDS).then().statusCode(200).body("quizId", equalTo("chapter-20"));
    }
}
