package dev.quizbank.lti;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.quizbank.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A browser's part in a launch, over HTTP: login initiation, the platform's form post, the code's trade. */
final class LaunchFlow {

    private static final Pattern CODE = Pattern.compile("/#/lti/([A-Za-z0-9_-]+)");

    /** The login as the tool answered it: the authentication request's parameters and the state cookie. */
    record Login(Map<String, String> request, String cookieName, String cookieValue) {
        String state() {
            return request.get("state");
        }

        String nonce() {
            return request.get("nonce");
        }
    }

    private LaunchFlow() {
    }

    static String launchUrl() {
        return "http://localhost:" + RestAssured.port + "/lti/launch";
    }

    static int register(TestPlatform platform) {
        return given().header("Authorization", "Bearer " + Tokens.admin("operator")).contentType(ContentType.JSON)
            .body(platform.registration())
            .when().post("/lti/platforms")
            .then().statusCode(201).extract().path("id");
    }

    static Login login(TestPlatform platform) {
        Response answer = given().redirects().follow(false)
            .queryParam("iss", platform.issuer()).queryParam("login_hint", "hint-1")
            .queryParam("target_link_uri", launchUrl()).queryParam("lti_message_hint", "message-hint")
            .queryParam("client_id", platform.clientId()).queryParam("lti_deployment_id", TestPlatform.DEPLOYMENT)
            .when().get("/lti/login")
            .then().statusCode(302).extract().response();
        URI location = URI.create(answer.header("Location"));
        Map<String, String> request = TestPlatform.form(location.getRawQuery());
        String name = "lti-binding-" + request.get("state");
        return new Login(request, name, answer.cookie(name));
    }

    /** The platform's form post of {@code idToken} for this login, from the browser that started it. */
    static Response launch(Login login, String idToken) {
        // The platform's page posts the form: the browser names the platform's site as Origin.
        return given().redirects().follow(false).cookie(login.cookieName(), login.cookieValue()).header("Origin", "http://127.0.0.1:9")
            .accept("application/problem+json, text/html;q=0.5")
            .contentType("application/x-www-form-urlencoded").body(form("id_token", idToken, "state", login.state()))
            .when().post("/lti/launch");
    }

    /** A form body of name, value pairs (REST-assured's form parameters are not seen by the contract check). */
    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                .append(java.net.URLEncoder.encode(pairs[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** The one-time code in a launch's page. */
    static String code(Response launched) {
        Matcher matcher = CODE.matcher(launched.asString());
        if (!matcher.find()) {
            throw new AssertionError("no code in " + launched.asString());
        }
        return matcher.group(1);
    }
}
