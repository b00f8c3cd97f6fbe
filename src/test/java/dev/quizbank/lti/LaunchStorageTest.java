package dev.quizbank.lti;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.quizbank.support.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Logins by form post, and launches in a frame whose browser keeps no cookie: the state's binding goes through the
 * platform's postMessage storage (lti_storage_target), whose page the tool serves and whose answer it checks.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
class LaunchStorageTest {

    private static final Pattern DATA = Pattern.compile("data-([a-z]+)=\"([^\"]*)\"");

    static TestPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = TestPlatform.start();
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    private static Map<String, String> data(Response page) {
        Map<String, String> values = new java.util.HashMap<>();
        Matcher matcher = DATA.matcher(page.asString());
        while (matcher.find()) {
            values.put(matcher.group(1), matcher.group(2).replace("&amp;", "&"));
        }
        return values;
    }

    @Test
    void shouldStartALoginByFormPostAndLaunchWithItsCookie() {
        LaunchFlow.register(platform);
        Response answer = given().redirects().follow(false).header("Origin", platform.issuer())
            .contentType("application/x-www-form-urlencoded")
            .body(LaunchFlow.form("iss", platform.issuer(), "login_hint", "h", "target_link_uri", LaunchFlow.launchUrl(),
                    "client_id", platform.clientId(), "lti_message_hint", "m"))
            .when().post("/lti/login")
            .then().statusCode(302)
            .header("Location", containsString(platform.issuer() + "/auth?scope=openid&response_type=id_token&response_mode=form_post"
                    + "&prompt=none&client_id=" + platform.clientId()))
            .header("Location", containsString("&lti_message_hint=m&"))
            .header("Set-Cookie", containsString("SameSite=None"))
            .header("Set-Cookie", containsString("Secure"))
            .header("Set-Cookie", containsString("HttpOnly"))
            .extract().response();
        Map<String, String> request = TestPlatform.form(java.net.URI.create(answer.header("Location")).getRawQuery());
        String name = "lti-binding-" + request.get("state");
        LaunchFlow.Login login = new LaunchFlow.Login(request, name, answer.cookie(name));
        String idToken = platform.sign(platform.resourceLink(login.nonce(), LaunchFlow.launchUrl(), "form-user", "chapter-20").build());
        LaunchFlow.launch(login, idToken).then().statusCode(200).body(containsString("/#/lti/"));
    }

    @Test
    void shouldKeepTheStateInThePlatformsStorageWhenTheFrameKeepsNoCookie() {
        if (!given().header("Authorization", "Bearer " + dev.quizbank.support.Tokens.admin("operator")).when().get("/lti/platforms")
                .then().extract().jsonPath().getList("clientId").contains(platform.clientId())) {
            LaunchFlow.register(platform);
        }
        Response stored = given().redirects().follow(false)
            .queryParam("iss", platform.issuer()).queryParam("login_hint", "h").queryParam("target_link_uri", LaunchFlow.launchUrl())
            .queryParam("client_id", platform.clientId()).queryParam("lti_storage_target", "_parent")
            .when().get("/lti/login")
            .then().statusCode(200).contentType("text/html")
            .header("Content-Security-Policy", containsString("script-src 'self'"))
            .body(containsString("<script src=\"/lti/launch.js\""))
            .extract().response();
        Map<String, String> put = data(stored);
        org.assertj.core.api.Assertions.assertThat(put).containsEntry("action", "put").containsEntry("target", "_parent")
            .containsEntry("origin", platform.issuer()).containsKey("value");
        Map<String, String> request = TestPlatform.form(java.net.URI.create(put.get("next")).getRawQuery());
        String idToken = platform.sign(platform.resourceLink(request.get("nonce"), LaunchFlow.launchUrl(), "framed-user", "chapter-20")
                .build());

        Response read = given().accept("text/html").contentType("application/x-www-form-urlencoded")
            .body(LaunchFlow.form("id_token", idToken, "state", request.get("state")))
            .when().post("/lti/launch")
            .then().statusCode(200).body(not(containsString("/#/lti/"))).extract().response();
        org.assertj.core.api.Assertions.assertThat(data(read)).containsEntry("action", "get").containsEntry("key", put.get("key"));

        given().accept("text/html").contentType("application/x-www-form-urlencoded")
            .body(LaunchFlow.form("id_token", idToken, "state", request.get("state"), "lti_storage_binding", "forged"))
            .when().post("/lti/launch")
            .then().statusCode(400).body(containsString("does not belong")).body(not(containsString("/#/lti/")));
        given().accept("text/html").contentType("application/x-www-form-urlencoded")
            .body(LaunchFlow.form("id_token", idToken, "state", request.get("state"), "lti_storage_binding", ""))
            .when().post("/lti/launch")
            .then().statusCode(400).body(containsString("new window")).body(not(containsString("/#/lti/")));
        given().accept("text/html").contentType("application/x-www-form-urlencoded")
            .body(LaunchFlow.form("id_token", idToken, "state", request.get("state"), "lti_storage_binding", put.get("value")))
            .when().post("/lti/launch")
            .then().statusCode(200).body(containsString("/#/lti/"));
    }

    @Test
    void shouldServeTheStorageScript() throws Exception {
        // A static file, not part of the API document: fetched without the contract check.
        java.net.http.HttpResponse<String> script = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/lti/launch.js")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(script.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                org.assertj.core.api.Assertions.assertThat(type).contains("javascript"));
        org.assertj.core.api.Assertions.assertThat(script.body()).contains("lti.put_data", "lti.get_data");
    }
}
