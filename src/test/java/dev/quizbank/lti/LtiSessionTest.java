package dev.quizbank.lti;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;

import dev.quizbank.support.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The happy path over HTTP: login, the platform's answer, launch, code, token, and the quiz taken as that learner. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class LtiSessionTest {

    static TestPlatform platform;
    static int platformId;

    @BeforeAll
    static void startPlatform() {
        platform = TestPlatform.start();
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    private static synchronized void registered() {
        if (platformId == 0) {
            platformId = LaunchFlow.register(platform);
        }
    }

    /** Launches {@code sub} with {@code roles} into chapter-20 and returns the one-time code. */
    private static String launch(String sub, String... roles) {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        String idToken = platform.sign(platform.resourceLink(login.nonce(), LaunchFlow.launchUrl(), sub, "chapter-20", roles).build());
        return LaunchFlow.code(LaunchFlow.launch(login, idToken).then().statusCode(200).contentType("text/html")
            .header("Cache-Control", "no-store").extract().response());
    }

    private static JsonPath trade(String code) {
        return given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\"}")
            .when().post("/lti/session")
            .then().statusCode(200).contentType("application/json")
            .body("token", notNullValue()).body("launch", notNullValue())
            .extract().jsonPath();
    }

    @Test
    void shouldLaunchALearnerIntoTheQuizAndLetThemTakeIt() {
        String sub = "learner-" + UUID.randomUUID();
        JsonPath session = trade(launch(sub, "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
        org.assertj.core.api.Assertions.assertThat(session.getString("role")).isEqualTo("learner");
        org.assertj.core.api.Assertions.assertThat(session.getString("quizId")).isEqualTo("chapter-20");
        org.assertj.core.api.Assertions.assertThat(session.getString("messageType")).isEqualTo("LtiResourceLinkRequest");
        String bearer = "Bearer " + session.getString("token");
        given().header("Authorization", bearer).when().get("/quizzes/chapter-20")
            .then().statusCode(200).body("id", equalTo("chapter-20"));
        given().header("Authorization", bearer).contentType(ContentType.JSON).body("{\"quizId\":\"chapter-20\",\"answers\":[]}")
            .when().post("/attempts")
            .then().statusCode(201).body("quizId", equalTo("chapter-20"));
        given().header("Authorization", bearer).when().get("/attempts")
            .then().statusCode(200).body("total", equalTo(1)).body("items[0].quizId", equalTo("chapter-20"));
        given().header("Authorization", bearer).when().get("/quizzes/chapter-20/grades")
            .then().statusCode(200).body("items.learner", hasItem("lti:" + platformId + ":" + sub));
    }

    @Test
    void shouldLetOnlyRegisteredPlatformsFrameTheWebClient() throws Exception {
        registered();
        // The page is not part of the API document, so it is fetched without the contract check.
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                org.assertj.core.api.Assertions.assertThat(policy)
                    .contains("frame-ancestors ", platform.issuer(), "https://configured.example.org")
                    .contains("form-action 'self' ").doesNotContain("frame-ancestors 'none'").doesNotContain("https://evil.example"));
    }

    @Test
    void shouldTradeACodeOnlyOnce() {
        String code = launch("once-" + UUID.randomUUID());
        trade(code);
        given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\"}")
            .when().post("/lti/session")
            .then().statusCode(400).contentType("application/problem+json")
            .body("type", equalTo("/problems/lti-launch-refused")).body("detail", containsString("used already"));
        given().contentType(ContentType.JSON).body("{\"code\": \"never-issued\"}")
            .when().post("/lti/session")
            .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").when().post("/lti/session")
            .then().statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor, author",
        "Instructor, author",
        "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper, author",
        "ContentDeveloper, author",
        "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant, author",
        "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner, learner",
        "Learner, learner",
        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student, learner",
        "urn:example:unknown-role, learner"
    })
    void shouldMapLtiRolesToQuizbankRoles(String ltiRole, String role) {
        JsonPath session = trade(launch("role-" + UUID.randomUUID(), ltiRole));
        org.assertj.core.api.Assertions.assertThat(session.getString("role")).isEqualTo(role);
        int status = "author".equals(role) ? 200 : 403;
        given().header("Authorization", "Bearer " + session.getString("token")).when().get("/lti/platforms")
            .then().statusCode(status);
    }

    @Test
    void shouldMakeALearnerOfALaunchWithoutRoles() {
        JsonPath session = trade(launch("noroles-" + UUID.randomUUID()));
        org.assertj.core.api.Assertions.assertThat(session.getString("role")).isEqualTo("learner");
    }

    @Test
    void shouldScopeTheSameSubOfTwoPlatformsApart() {
        String sub = "shared-" + UUID.randomUUID();
        String first = trade(launch(sub, "Learner")).getString("token");
        try (TestPlatform other = TestPlatform.start()) {
            int otherId = LaunchFlow.register(other);
            LaunchFlow.Login login = LaunchFlow.login(other);
            String code = LaunchFlow.code(LaunchFlow.launch(login, other.sign(other.resourceLink(login.nonce(), LaunchFlow.launchUrl(),
                    sub, "chapter-20", "Learner").build())).then().statusCode(200).extract().response());
            String second = trade(code).getString("token");
            for (String[] pair : List.of(new String[] {first, "lti:" + platformId + ":" + sub}, new String[] {second, "lti:" + otherId + ":" + sub})) {
                given().header("Authorization", "Bearer " + pair[0]).contentType(ContentType.JSON)
                    .body("{\"quizId\":\"chapter-20\",\"answers\":[]}").when().post("/attempts").then().statusCode(201);
                given().header("Authorization", "Bearer " + pair[0]).when().get("/quizzes/chapter-20/grades")
                    .then().statusCode(200).body("items.learner", org.hamcrest.Matchers.contains(pair[1]));
            }
        }
    }

    @Test
    void shouldRefuseATokenThatClaimsTheSessionIssuerButIsSignedByAnotherKey() {
        Instant now = Instant.now();
        JWTClaimsSet forged = new JWTClaimsSet.Builder().issuer("urn:quizbank:lti").subject("lti:1:mallory")
                .claim("groups", List.of("author")).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build();
        var key = platform.unpublishedKey();
        for (String token : List.of(platform.sign(forged, key),
                platform.sign(forged, new JWSHeader.Builder(JWSAlgorithm.RS256).build(), key))) {
            given().header("Authorization", "Bearer " + token).when().get("/attempts")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        }
    }
}
