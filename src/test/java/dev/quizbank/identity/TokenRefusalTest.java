package dev.quizbank.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** From the attacker's side: every token that must not pass is a 401 problem, on every kind of operation. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class TokenRefusalTest {

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", (Function<String, String>) Tokens::expired),
                Arguments.of("not yet valid", (Function<String, String>) Tokens::notYetValid),
                Arguments.of("other issuer", (Function<String, String>) Tokens::otherIssuer),
                Arguments.of("wrong signature", (Function<String, String>) Tokens::wrongKey),
                Arguments.of("alg none", (Function<String, String>) Tokens::unsigned),
                Arguments.of("HS256 with the public key", (Function<String, String>) Tokens::hmacWithPublicKey),
                Arguments.of("garbage", (Function<String, String>) subject -> "not.a.token"),
                Arguments.of("the dev key", (Function<String, String>) Tokens::devKey),
                Arguments.of("no subject", (Function<String, String>) Tokens::withoutSubject),
                Arguments.of("a null subject", (Function<String, String>) subject -> Tokens.authorWithSubject("null")),
                Arguments.of("an empty subject", (Function<String, String>) subject -> Tokens.authorWithSubject("\"\"")),
                Arguments.of("a blank subject", (Function<String, String>) subject -> Tokens.authorWithSubject("\" \\t\"")),
                Arguments.of("a NUL in the subject", (Function<String, String>) subject -> Tokens.authorWithSubject(
                        "\"" + subject + "\\u0000\"")),
                Arguments.of("half a surrogate pair in the subject", (Function<String, String>) subject -> Tokens.authorWithSubject(
                        "\"" + subject + "\\ud800\"")),
                Arguments.of("a subject over 255 characters", (Function<String, String>) subject -> Tokens.authorWithSubject(
                        "\"" + "s".repeat(256) + "\"")),
                Arguments.of("roles in a string", (Function<String, String>) subject -> Tokens.withGroups(subject, "\"learner author\"")),
                Arguments.of("no iat", (Function<String, String>) Tokens::withoutIssuedAt),
                Arguments.of("issued in the future", (Function<String, String>) subject -> Tokens.issued(subject,
                        Duration.ofMinutes(-10), Duration.ofMinutes(30))),
                Arguments.of("valid for over 24 hours", (Function<String, String>) subject -> Tokens.issued(subject,
                        Duration.ofMinutes(1), Duration.ofHours(24).plusMinutes(1))));
    }

    private static RequestSpecification with(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void shouldRefuseABadTokenWith401OnEveryOperation(String kind, Function<String, String> token) {
        String bad = token.apply("mallory");
        with(bad).when().get("/attempts")
            .then().statusCode(401).contentType("application/problem+json")
            .header("WWW-Authenticate", "Bearer")
            .body("type", equalTo("/problems/unauthorized"));
        with(bad).contentType(ContentType.JSON).body("{\"quizId\":\"chapter-20\",\"answers\":[]}")
            .when().post("/attempts")
            .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        for (String read : List.of("/quizzes/chapter-20", "/quizzes/chapter-20/questions", "/quizzes/chapter-20/questions?version=1")) {
            with(bad).when().get(read)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
            given().header("authorization", "Bearer " + bad).when().get(read)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void shouldRefuseABadTokenWith401OnEveryAuthorOperation(String kind, Function<String, String> token) {
        String bad = token.apply("mallory");
        List<Response> answers = List.of(
                with(bad).contentType("text/markdown").body("---\nid: mallory\n---\n").when().post("/quizzes"),
                with(bad).contentType("text/markdown").header("If-Match", "*").body("").when().put("/quizzes/chapter-20"),
                with(bad).header("If-Match", "*").when().delete("/quizzes/chapter-20"),
                with(bad).contentType(ContentType.JSON).when().post("/quizzes/chapter-20/restore"),
                with(bad).when().get("/quizzes/chapter-20/source"),
                with(bad).when().get("/quizzes/chapter-20/versions"),
                with(bad).when().get("/quizzes/chapter-20/statistics"));
        for (Response answer : answers) {
            answer.then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthorized"));
        }
        given().when().get("/quizzes/chapter-20").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void shouldNeverTreatABadTokenAsAnonymous(String kind, Function<String, String> token) {
        given().contentType(ContentType.JSON).body("{\"quizId\":\"chapter-20\",\"answers\":[]}")
            .when().post("/attempts").then().statusCode(201);
        with(token.apply("mallory")).contentType(ContentType.JSON).body("{\"quizId\":\"chapter-20\",\"answers\":[]}")
            .when().post("/attempts").then().statusCode(401);
    }

    @org.junit.jupiter.api.Test
    void shouldAcceptTokensWithinTheLimits() {
        with(Tokens.withGroups("rita", "[\"learner\", \"author\"]")).when().get("/attempts").then().statusCode(200);
        with(Tokens.issued("ivy", Duration.ofSeconds(-30), Duration.ofHours(24))).when().get("/attempts").then().statusCode(200);
        with(Tokens.issued("ivy", Duration.ofHours(23), Duration.ofHours(24))).when().get("/attempts").then().statusCode(200);
    }

    @org.junit.jupiter.api.Test
    void shouldAnswer401WithoutATokenAnd403WithoutTheRole() {
        given().when().get("/attempts")
            .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
            .body("type", equalTo("/problems/unauthorized"));
        with(Tokens.guest("gus")).when().get("/attempts")
            .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        with(Tokens.learner("ada")).when().get("/attempts").then().statusCode(200);
        with(Tokens.author("bob")).when().get("/attempts").then().statusCode(200);
    }

    /** The operations of a quiz's owners: a role they cannot have is refused before ownership is asked. */
    @org.junit.jupiter.api.Test
    void shouldRefuseTheOwnersOperationsWithoutATokenOrTheRole() {
        for (String token : java.util.Arrays.asList(null, Tokens.learner("ada"), Tokens.guest("gus"))) {
            RequestSpecification caller = token == null ? given() : with(token);
            List<Response> answers = List.of(
                    given(caller).contentType("text/markdown").header("If-Match", "*").body("").when().put("/quizzes/chapter-20"),
                    given(caller).header("If-Match", "*").when().delete("/quizzes/chapter-20"),
                    given(caller).contentType(ContentType.JSON).when().post("/quizzes/chapter-20/restore"),
                    given(caller).when().get("/quizzes/chapter-20/source"),
                    given(caller).when().get("/quizzes/chapter-20/versions"),
                    given(caller).when().get("/quizzes/chapter-20/statistics"));
            for (Response answer : answers) {
                if (token == null) {
                    answer.then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                        .body("type", equalTo("/problems/unauthorized"));
                } else {
                    answer.then().statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
                }
            }
        }
        given().when().get("/quizzes/chapter-20").then().statusCode(200);
    }
}
