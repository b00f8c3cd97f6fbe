package dev.quizbank.lti;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import dev.quizbank.lti.launch.LtiClaims;
import dev.quizbank.support.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An instructor's deep linking launch ends in a signed LtiDeepLinkingResponse that the platform verifies with /lti/jwks. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class DeepLinkingTest {

    static TestPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = TestPlatform.start();
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    private static String session(String... roles) {
        if (!given().header("Authorization", "Bearer " + dev.quizbank.support.Tokens.admin("operator")).when().get("/lti/platforms")
                .then().extract().jsonPath().getList("clientId").contains(platform.clientId())) {
            LaunchFlow.register(platform);
        }
        LaunchFlow.Login login = LaunchFlow.login(platform);
        String idToken = platform.sign(platform.deepLinking(login.nonce(), LaunchFlow.launchUrl(), "teacher-" + UUID.randomUUID(), roles)
                .build());
        String code = LaunchFlow.code(LaunchFlow.launch(login, idToken).then().statusCode(200).extract().response());
        return given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\"}").when().post("/lti/session")
            .then().statusCode(200).body("messageType", equalTo("LtiDeepLinkingRequest")).extract().path("token");
    }

    @Test
    void shouldAnswerWithASignedResourceLinkThatThePlatformVerifies() throws Exception {
        String token = session("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
        Map<String, String> answer = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
            .body("{\"quizId\": \"chapter-20\"}")
            .when().post("/lti/deep-links")
            .then().statusCode(200).body("returnUrl", equalTo(platform.issuer() + "/deep-links"))
            .extract().jsonPath().getMap(".");
        Object maxScore = given().when().get("/quizzes/chapter-20").then().statusCode(200).extract().path("maxScore");

        SignedJWT jwt = SignedJWT.parse(answer.get("jwt"));
        JWKSet toolKeys = JWKSet.parse(given().when().get("/lti/jwks").then().statusCode(200).extract().asString());
        RSAKey key = (RSAKey) toolKeys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the kid is published at /lti/jwks").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(platform.clientId());
        assertThat(claims.getAudience()).containsExactly(platform.issuer());
        assertThat(claims.getStringClaim("nonce")).isNotBlank();
        assertThat(claims.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(LtiClaims.VERSION)).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo(TestPlatform.DEPLOYMENT);
        assertThat(claims.getStringClaim(LtiClaims.DATA)).isEqualTo("opaque-platform-data");
        List<Object> items = claims.getListClaim(LtiClaims.CONTENT_ITEMS);
        assertThat(items).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> link = (Map<String, Object>) items.getFirst();
        assertThat(link).containsEntry("type", "ltiResourceLink").containsEntry("url", LaunchFlow.launchUrl())
            .containsEntry("custom", Map.of("quiz_id", "chapter-20"));
        @SuppressWarnings("unchecked")
        Map<String, Object> lineItem = (Map<String, Object>) link.get("lineItem");
        assertThat(((Number) lineItem.get("scoreMaximum")).doubleValue()).isEqualTo(((Number) maxScore).doubleValue());
        assertThat(lineItem).containsEntry("resourceId", "chapter-20");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(answer.get("jwt").split("\\.")[1]));
        assertThat(payload).doesNotContain("null");

        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(answer.get("returnUrl")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LaunchFlow.form("JWT", answer.get("jwt")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(platform.deepLinkReturns()).anySatisfy(form -> assertThat(form).containsEntry("JWT", answer.get("jwt")));
    }

    @Test
    void shouldRefuseADeepLinkFromALearnerOrFromAResourceLinkSession() {
        String learner = session("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
        given().header("Authorization", "Bearer " + learner).contentType(ContentType.JSON).body("{\"quizId\": \"chapter-20\"}")
            .when().post("/lti/deep-links")
            .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + dev.quizbank.support.Tokens.author("bob")).contentType(ContentType.JSON)
            .body("{\"quizId\": \"chapter-20\"}")
            .when().post("/lti/deep-links")
            .then().statusCode(403).contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("deep linking"));
        String instructor = session("Instructor");
        given().header("Authorization", "Bearer " + instructor).contentType(ContentType.JSON).body("{\"quizId\": \"no-such-quiz\"}")
            .when().post("/lti/deep-links")
            .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"quizId\": \"chapter-20\"}").when().post("/lti/deep-links")
            .then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }
}
