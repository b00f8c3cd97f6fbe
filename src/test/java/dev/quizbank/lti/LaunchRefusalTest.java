package dev.quizbank.lti;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;

import dev.quizbank.lti.launch.LtiClaims;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Issue 27 item 6: every launch that must be refused is a 400 that says why, and leaves no session behind. */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class LaunchRefusalTest {

    static TestPlatform platform;

    @Inject
    AgroalDataSource database;

    @BeforeAll
    static void startPlatform() {
        platform = TestPlatform.start();
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    private void registered() {
        if (given().header("Authorization", "Bearer " + dev.quizbank.support.Tokens.admin("operator")).when().get("/lti/platforms")
                .then().extract().jsonPath().getList("clientId").contains(platform.clientId())) {
            return;
        }
        LaunchFlow.register(platform);
    }

    /** Launches with the valid claims {@code change} alters, signed by the platform, and expects a refusal saying {@code why}. */
    private void refused(UnaryOperator<JWTClaimsSet.Builder> change, String why) {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        String sub = "sub-" + UUID.randomUUID();
        String idToken = platform.sign(change.apply(platform.resourceLink(login.nonce(), LaunchFlow.launchUrl(), sub, "chapter-20",
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")).build());
        refusedWith(LaunchFlow.launch(login, idToken), why, sub);
    }

    private void refusedWith(Response answer, String why, String sub) {
        answer.then().statusCode(400).contentType("application/problem+json")
            .body("type", equalTo("/problems/lti-launch-refused"))
            .body("detail", containsString(why))
            .body(not(containsString("/#/lti/")));
        try {
            assertThat(Sql.count(database, "select count(*) from quizbank.lti_launch where lti_subject = '" + sub + "'")).isZero();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String signedByPlatform(LaunchFlow.Login login, String sub, UnaryOperator<JWTClaimsSet.Builder> change) {
        return platform.sign(change.apply(platform.resourceLink(login.nonce(), LaunchFlow.launchUrl(), sub, "chapter-20")).build());
    }

    @Test
    void shouldRefuseABadSignature() {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        String token = signedByPlatform(login, "sub-badsig", b -> b);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + new StringBuilder(token.substring(token.lastIndexOf('.') + 1)).reverse();
        refusedWith(LaunchFlow.launch(login, tampered), "signature", "sub-badsig");
    }

    @Test
    void shouldRefuseAlgNone() {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        String signed = signedByPlatform(login, "sub-none", b -> b);
        String payload = signed.split("\\.")[1];
        String header = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        refusedWith(LaunchFlow.launch(login, header + "." + payload + "."), "alg none", "sub-none");
    }

    @Test
    void shouldRefuseHs256SignedWithThePublicKey() throws Exception {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        JWTClaimsSet claims = platform.resourceLink(login.nonce(), LaunchFlow.launchUrl(), "sub-hs256", "chapter-20").build();
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k").build(), claims);
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner(platform.unpublishedKey().toPublicJWK().toJSONString().repeat(2).getBytes()));
        refusedWith(LaunchFlow.launch(login, jwt.serialize()), "only RS256", "sub-hs256");
    }

    @Test
    void shouldRefuseATokenWithoutKid() {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        RSAKey key = platform.unpublishedKey();
        String token = platform.sign(platform.resourceLink(login.nonce(), LaunchFlow.launchUrl(), "sub-nokid", "chapter-20").build(),
                new JWSHeader.Builder(JWSAlgorithm.RS256).build(), key);
        refusedWith(LaunchFlow.launch(login, token), "no kid", "sub-nokid");
    }

    @Test
    void shouldRefuseAnUnknownKidUntilThePlatformPublishesIt() {
        registered();
        RSAKey next = platform.unpublishedKey();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        String token = platform.sign(platform.resourceLink(login.nonce(), LaunchFlow.launchUrl(), "sub-kid", "chapter-20").build(), next);
        refusedWith(LaunchFlow.launch(login, token), "kid " + next.getKeyID(), "sub-kid");
        platform.publish(next);
        LaunchFlow.Login again = LaunchFlow.login(platform);
        String rotated = platform.sign(platform.resourceLink(again.nonce(), LaunchFlow.launchUrl(), "sub-kid", "chapter-20").build(), next);
        LaunchFlow.launch(again, rotated).then().statusCode(200).body(containsString("/#/lti/"));
    }

    @Test
    void shouldRefuseTheWrongIssuer() {
        refused(b -> b.issuer("https://evil.example"), "iss");
    }

    @Test
    void shouldRefuseAWrongAudience() {
        refused(b -> b.audience("someone-else"), "aud does not name");
    }

    @Test
    void shouldRefuseAnExtraAudience() {
        refused(b -> b.audience(List.of(platform.clientId(), "untrusted")).claim("azp", platform.clientId()), "other than this tool");
    }

    @Test
    void shouldRefuseSeveralAudiencesWithoutAzp() {
        refused(b -> b.audience(List.of(platform.clientId(), "untrusted")), "no azp");
    }

    @Test
    void shouldRefuseAWrongAzp() {
        refused(b -> b.claim("azp", "someone-else"), "azp is not");
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        refused(b -> b.expirationTime(Date.from(Instant.now().minusSeconds(120))), "expired");
    }

    @Test
    void shouldRefuseATokenIssuedInTheFuture() {
        refused(b -> b.issueTime(Date.from(Instant.now().plusSeconds(300))), "iat");
    }

    @Test
    void shouldRefuseAMissingNonce() {
        refused(b -> b.claim("nonce", null), "nonce");
    }

    @Test
    void shouldRefuseAReplayedNonce() {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        String token = signedByPlatform(login, "sub-replay", b -> b);
        LaunchFlow.launch(login, token).then().statusCode(200).body(containsString("/#/lti/"));
        LaunchFlow.launch(login, token).then().statusCode(400).contentType("application/problem+json")
            .body("detail", containsString("replayed")).body(not(containsString("/#/lti/")));
    }

    @Test
    void shouldRefuseAWrongState() {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        String token = signedByPlatform(login, "sub-state", b -> b);
        LaunchFlow.Login other = LaunchFlow.login(platform);
        refusedWith(LaunchFlow.launch(new LaunchFlow.Login(Map.of("state", "forged"), login.cookieName(), login.cookieValue()), token),
                "state is unknown", "sub-state");
        refusedWith(LaunchFlow.launch(new LaunchFlow.Login(other.request(), other.cookieName(), login.cookieValue()), token),
                "does not belong", "sub-state");
    }

    @Test
    void shouldRefuseAnUnknownDeployment() {
        refused(b -> b.claim(LtiClaims.DEPLOYMENT_ID, "deployment-9"), "deployment_id deployment-9");
    }

    @Test
    void shouldRefuseAnUnknownMessageType() {
        refused(b -> b.claim(LtiClaims.MESSAGE_TYPE, "LtiSubmissionReviewRequest"), "message_type LtiSubmissionReviewRequest");
    }

    @Test
    void shouldRefuseVersion120() {
        refused(b -> b.claim(LtiClaims.VERSION, "1.2.0"), "version 1.2.0");
    }

    @Test
    void shouldRefuseMissingRoles() {
        refused(b -> b.claim(LtiClaims.ROLES, null), "roles");
    }

    @Test
    void shouldRefuseAMissingResourceLinkId() {
        refused(b -> b.claim(LtiClaims.RESOURCE_LINK, Map.of("title", "no id")), "resource_link.id");
    }

    @Test
    void shouldRefuseAMissingSub() {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        String token = signedByPlatform(login, "sub-missing", b -> b.subject(null));
        LaunchFlow.launch(login, token).then().statusCode(400).contentType("application/problem+json")
            .body("detail", containsString("no sub")).body(not(containsString("/#/lti/")));
    }

    @Test
    void shouldRefuseAChangedTargetLinkUri() {
        refused(b -> b.claim(LtiClaims.TARGET_LINK_URI, "https://evil.example/lti/launch"), "target_link_uri");
    }

    @Test
    void shouldRefuseALoginForAnotherTool() {
        registered();
        given().redirects().follow(false).accept("application/problem+json, text/html;q=0.5")
            .queryParam("iss", platform.issuer()).queryParam("login_hint", "h").queryParam("client_id", platform.clientId())
            .queryParam("target_link_uri", "https://evil.example/lti/launch")
            .when().get("/lti/login")
            .then().statusCode(400).header("Set-Cookie", org.hamcrest.Matchers.nullValue())
            .body("detail", containsString("not this tool's launch URL"));
        given().redirects().follow(false).accept("application/problem+json, text/html;q=0.5")
            .queryParam("iss", platform.issuer()).queryParam("login_hint", "h").queryParam("target_link_uri", LaunchFlow.launchUrl())
            .when().get("/lti/login")
            .then().statusCode(400).body("detail", containsString("client_id"));
        given().redirects().follow(false).accept("application/problem+json, text/html;q=0.5")
            .queryParam("iss", "https://unknown.example").queryParam("login_hint", "h").queryParam("client_id", "c")
            .queryParam("target_link_uri", LaunchFlow.launchUrl())
            .when().get("/lti/login")
            .then().statusCode(400).body("detail", containsString("No platform is registered"));
    }

    @Test
    void shouldIgnoreUnknownExtraClaims() {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        String token = signedByPlatform(login, "sub-extra", b -> b.claim("https://example.org/claim/unknown", Map.of("x", 1))
                .claim("unknown", List.of(1, "two")));
        LaunchFlow.launch(login, token).then().statusCode(200).contentType("text/html").body(containsString("/#/lti/"));
    }

    @Test
    void shouldShowARefusalAsAPageToABrowser() {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        given().cookie(login.cookieName(), login.cookieValue()).accept("text/html")
            .contentType("application/x-www-form-urlencoded").body(LaunchFlow.form("id_token", "not-a-jwt", "state", login.state()))
            .when().post("/lti/launch")
            .then().statusCode(400).contentType("text/html")
            .header("Content-Security-Policy", containsString("script-src 'self'"))
            .body(containsString("<h1>Quizbank could not start</h1>"))
            .body(containsString("not a signed JWT"))
            .body(not(containsString("/#/lti/")));
    }

    @Test
    void shouldOfferANewWindowWhenTheBrowserKeptNoState() {
        registered();
        LaunchFlow.Login login = LaunchFlow.login(platform);
        String token = signedByPlatform(login, "sub-nocookie", b -> b);
        given().accept("text/html").contentType("application/x-www-form-urlencoded")
            .body(LaunchFlow.form("id_token", token, "state", login.state()))
            .when().post("/lti/launch")
            .then().statusCode(400).contentType("text/html")
            .body(containsString("new window"))
            .body(containsString("href=\"/lti/login?iss="))
            .body(not(containsString("/#/lti/")));
    }
}
