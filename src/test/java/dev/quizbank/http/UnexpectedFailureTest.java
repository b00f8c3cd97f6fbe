package dev.quizbank.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.quizbank.support.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.Router;

/** Every 500 is a problem, whatever failed and wherever: never the framework's own body, a stack trace or a class name. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class UnexpectedFailureTest {

    /** Failures no mapper knows, on paths that exist only in the tests. */
    @ApplicationScoped
    static class FailingRoutes {
        void install(@Observes Router router) {
            router.get("/q/test-failures/out-of-memory").handler(context -> {
                throw new OutOfMemoryError("Java heap space");
            });
            router.get("/q/test-failures/exception").handler(context -> context.fail(
                    new IllegalStateException("select secret from quizbank.attempt")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"out-of-memory", "exception"})
    void shouldAnswerAnUnexpectedFailureWithAProblemThatNamesAnErrorId(String failure) {
        given().when().get("/q/test-failures/" + failure).then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank")).body("title", equalTo("Internal Server Error")).body("status", equalTo(500))
                .body("detail", matchesPattern("The service met an unexpected error; it is logged under the error id [0-9a-f-]{36}\\."))
                .body(not(containsString("stack"))).body(not(containsString("Error id")))
                .body(not(containsString("java."))).body(not(containsString("select")));
    }
}
