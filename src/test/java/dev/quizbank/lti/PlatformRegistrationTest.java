package dev.quizbank.lti;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.quizbank.lti.platform.PlatformRegistration;
import dev.quizbank.lti.platform.PlatformRegistry;
import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(TestDatabase.class)
class PlatformRegistrationTest {

    @Inject
    PlatformRegistry registry;

    static String body(String issuer, String clientId) {
        return """
                {"issuer": "%s", "clientId": "%s", "authUrl": "https://lms.example.org/auth",
                 "tokenUrl": "https://lms.example.org/token", "jwksUrl": "https://lms.example.org/jwks", "deploymentIds": ["1"]}
                """.formatted(issuer, clientId);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    @Test
    void shouldRegisterAPlatformAndFindItByIdAndInTheList() {
        String clientId = "client-" + UUID.randomUUID();
        String id = as(Tokens.author("ann")).body(body("https://lms.example.org", clientId))
            .when().post("/lti/platforms")
            .then().statusCode(201)
            .header("Location", containsString("/lti/platforms/"))
            .body("issuer", equalTo("https://lms.example.org"))
            .body("clientId", equalTo(clientId))
            .body("deploymentIds", contains("1"))
            .extract().path("id").toString();
        as(Tokens.admin("root")).when().get("/lti/platforms/" + id)
            .then().statusCode(200).body("clientId", equalTo(clientId)).body("jwksUrl", equalTo("https://lms.example.org/jwks"));
        as(Tokens.author("ann")).when().get("/lti/platforms")
            .then().statusCode(200).body("clientId", hasItem(clientId));
    }

    @Test
    void shouldKeepOneRegistrationPerIssuerAndClientIdButAllowOneIssuerForManyClients() {
        String clientId = "client-" + UUID.randomUUID();
        int id = as(Tokens.author("ann")).body(body("https://canvas.example.com", clientId)).when().post("/lti/platforms")
            .then().statusCode(201).extract().path("id");
        as(Tokens.author("ann")).body(body("https://canvas.example.com", clientId)).when().post("/lti/platforms")
            .then().statusCode(409).contentType("application/problem+json")
            .body("type", equalTo("/problems/platform-exists"))
            .body("detail", containsString("/lti/platforms/" + id));
        as(Tokens.author("ann")).body(body("https://canvas.example.com", clientId + "-other")).when().post("/lti/platforms")
            .then().statusCode(201).body("issuer", equalTo("https://canvas.example.com"));
    }

    @Test
    void shouldAddADeploymentOnceHoweverOftenItIsAdded() {
        int id = as(Tokens.author("ann")).body(body("https://lms.example.org", "client-" + UUID.randomUUID()))
            .when().post("/lti/platforms").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 2; i++) {
            as(Tokens.author("ann")).body("{\"deploymentId\": \"2\"}").when().post("/lti/platforms/" + id + "/deployments")
                .then().statusCode(200).body("deploymentIds", contains("1", "2"));
        }
        as(Tokens.author("ann")).body("{\"deploymentId\": \"2\"}").when().post("/lti/platforms/999999/deployments")
            .then().statusCode(404).contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldRegisterTheConfiguredPlatformOnceHoweverOftenItStarts() {
        PlatformRegistration again = new PlatformRegistration("https://configured.example.org", "configured-client",
                "https://configured.example.org/auth", "https://configured.example.org/token", "https://configured.example.org/jwks",
                List.of("d3"));
        registry.ensure(again);
        registry.ensure(again);
        List<Object> configured = as(Tokens.admin("root")).when().get("/lti/platforms")
            .then().statusCode(200).extract().jsonPath().getList("findAll { it.clientId == 'configured-client' }");
        org.assertj.core.api.Assertions.assertThat(configured).hasSize(1);
        as(Tokens.admin("root")).when().get("/lti/platforms")
            .then().body("find { it.clientId == 'configured-client' }.deploymentIds", contains("d1", "d2", "d3"));
    }

    @Test
    void shouldRefuseARegistrationThatIsNotOne() {
        for (String bad : List.of("{}", body("moodle.example.org", "c"), body("https://lms.example.org", "has space"),
                body("https://lms.example.org", ""), "{\"issuer\": 1}", "[]", "{\"issuer\": \"https://x\", \"extra\": 1}")) {
            as(Tokens.author("ann")).body(bad).when().post("/lti/platforms")
                .then().statusCode(400).contentType("application/problem+json");
        }
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("expired", (Function<String, String>) Tokens::expired, 401),
                Arguments.of("other issuer", (Function<String, String>) Tokens::otherIssuer, 401),
                Arguments.of("wrong key", (Function<String, String>) Tokens::wrongKey, 401),
                Arguments.of("learner", (Function<String, String>) Tokens::learner, 403),
                Arguments.of("guest", (Function<String, String>) Tokens::guest, 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void shouldRefuseRegistrationWithoutTheAuthorRole(String kind, Function<String, String> token, int status) {
        String bad = token.apply("mallory");
        as(bad).body(body("https://evil.example", "evil")).when().post("/lti/platforms")
            .then().statusCode(status).contentType("application/problem+json");
        as(bad).when().get("/lti/platforms").then().statusCode(status).contentType("application/problem+json");
        as(bad).when().get("/lti/platforms/1").then().statusCode(status);
        as(bad).body("{\"deploymentId\": \"x\"}").when().post("/lti/platforms/1/deployments").then().statusCode(status);
        as(bad).when().post("/lti/keys/rotation").then().statusCode(status);
    }

    @Test
    void shouldRefuseEveryOperationWithoutAToken() {
        given().contentType(ContentType.JSON).body(body("https://evil.example", "evil")).when().post("/lti/platforms")
            .then().statusCode(401).header("WWW-Authenticate", "Bearer").contentType("application/problem+json");
        given().when().get("/lti/platforms").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().when().post("/lti/keys/rotation").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        as(Tokens.author("ann")).when().post("/lti/keys/rotation").then().statusCode(403);
        as(Tokens.author("ann")).body(body("https://evil.example", "c-" + UUID.randomUUID())).when().post("/lti/platforms")
            .then().statusCode(201);
    }
}
